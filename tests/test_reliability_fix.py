"""--fix safety: only the repaired lines change (properties over random files and edits), atomic writes that keep
the file mode, a file changed since the scan is left alone, nothing outside the repository is ever written."""
from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from aiharden.fixer import apply_fixes
from aiharden.fixer import merged_edits
from aiharden.repair.candidates import Candidate
from aiharden.repair.edits import Edit
from aiharden.repair.edits import apply_edits
from aiharden.scan.findings import Finding
from aiharden.scan.findings import Region
from aiharden.verify import Repair
from aiharden.verify import Verdict

# Everything a source line may hold except the separators str.splitlines() knows beyond \n and \r
# (those are the pending case in test_reliability_pending.py).
SAFE = st.characters(blacklist_characters="\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\r", blacklist_categories=("Cs",))
LINE = st.text(SAFE, max_size=10)


def lines_of(text: str) -> list[str]:
    """Lines as git counts them, each with its end."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


@st.composite
def files(draw: st.DrawFn) -> str:
    body = draw(st.lists(LINE, max_size=25))
    crlf = draw(st.booleans())
    end = "\r\n" if crlf else "\n"
    text = end.join(body)
    if body and draw(st.booleans()):
        text += end
    return text


@st.composite
def file_and_edits(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    text = draw(files())
    n = len(lines_of(text))
    points = sorted(draw(st.lists(st.integers(1, n + 1), max_size=8, unique=True)))
    edits = []
    for a, b in zip(points[::2], points[1::2]):
        new = "".join(x + "\n" for x in draw(st.lists(LINE, max_size=3)))
        if draw(st.booleans()):
            edits.append(Edit(a, b - 1, new))  # replace lines a..b-1
        else:
            edits.append(Edit(a, a - 1, new or "x\n"))  # insert before line a
    return text, edits


def reference(text: str, edits: list[Edit]) -> str:
    """What applying the edits must give: every line no edit covers, byte for byte, in order."""
    lines = lines_of(text)
    ordered = sorted(edits, key=lambda e: (e.start_line, e.end_line))
    out, i = [], 1
    while i <= len(lines) + 1:
        here = [e for e in ordered if e.start_line == i]
        out += [e.text for e in here if e.end_line == i - 1]  # inserts before line i
        replace = [e for e in here if e.end_line >= i]
        if replace:
            out.append(replace[0].text)
            i = replace[0].end_line + 1
            continue
        if i <= len(lines):
            out.append(lines[i - 1])
        i += 1
    return "".join(out)


@given(file_and_edits())
@settings(max_examples=300, deadline=None)
def test_apply_edits_changes_only_the_edited_lines(case: tuple[str, list[Edit]]) -> None:
    text, edits = case
    assert apply_edits(text, edits) == reference(text, edits)


@given(files(), st.lists(st.tuples(st.integers(1, 30), st.integers(0, 3), LINE), max_size=6))
@settings(max_examples=300, deadline=None)
def test_apply_edits_refuses_overlaps_and_out_of_range(text: str, raw: list[tuple[int, int, str]]) -> None:
    edits = [Edit(s, s + extra - 1, t + "\n") for s, extra, t in raw]
    n = len(lines_of(text))
    ordered = sorted(edits, key=lambda e: (e.start_line, e.end_line))
    bad = any(b.start_line <= a.end_line for a, b in zip(ordered, ordered[1:])) or any(
        not (1 <= e.start_line <= n + 1 and e.start_line - 1 <= e.end_line <= n) for e in edits)
    if bad:
        with pytest.raises(ValueError):
            apply_edits(text, edits)
    else:
        assert apply_edits(text, edits) == reference(text, edits)


def _repair(i: int, edits: tuple[Edit, ...]) -> Repair:
    cand = Candidate(i, "codemod", f"r{i}", edits)
    return Repair(i, "fixed", Verdict(cand, True, parses=True, target_fixed=True, level="exploit"), (), "")


def _finding(path: str, line: int = 1) -> Finding:
    return Finding(path, "rule", "semgrep", (89,), "m", Region(line, 1, line, 2))


@given(files(), st.lists(st.lists(st.tuples(st.integers(1, 26), st.integers(0, 2), LINE), min_size=1, max_size=2),
                         max_size=5))
@settings(max_examples=200, deadline=None)
def test_merged_edits_never_overlap_and_keep_whole_repairs(text: str, groups: list[list[tuple[int, int, str]]]) -> None:
    n = len(lines_of(text))
    repairs = []
    for i, group in enumerate(groups):
        edits = tuple(Edit(min(s, n + 1), min(s, n + 1) + extra - 1, t + "\n") for s, extra, t in group
                      if min(s, n + 1) + extra - 1 <= n)
        if edits and all(not (a is not b and a.start_line <= b.end_line and b.start_line <= a.end_line)
                         for a in edits for b in edits):
            repairs.append(_repair(i, edits))
    merged = merged_edits(repairs)
    new = apply_edits(text, merged)  # never raises: merged edits do not overlap
    assert new == reference(text, list(merged))
    whole = [r for r in repairs if set(r.chosen.candidate.edits) <= set(merged)]  # type: ignore[union-attr]
    # every merged edit belongs to a repair taken whole: never half of a repair
    assert set(merged) == {e for r in whole for e in r.chosen.candidate.edits}  # type: ignore[union-attr]


@given(file_and_edits(), st.sampled_from([0o600, 0o640, 0o644, 0o755, 0o700]))
@settings(max_examples=100, deadline=None)
def test_apply_fixes_writes_only_the_edits_atomically_and_keeps_the_mode(case: tuple[str, list[Edit]],
                                                                         mode: int) -> None:
    text, edits = case
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        target = root / "pkg" / "m.py"
        target.parent.mkdir()
        target.write_bytes(text.encode())
        os.chmod(target, mode)
        before = target.stat().st_ino
        changed, notices = apply_fixes(root, [_finding("pkg/m.py")], [_repair(0, tuple(edits))], {"pkg/m.py": text})
        assert notices == []
        assert changed == ["pkg/m.py"]
        assert target.read_bytes() == reference(text, edits).encode()
        assert stat.S_IMODE(target.stat().st_mode) == mode
        assert target.stat().st_ino != before  # replaced by rename, never rewritten in place
        assert sorted(p.name for p in target.parent.iterdir()) == ["m.py"]  # no temp file left behind


def test_file_changed_since_the_scan_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\ny = 2\n")
    changed, notices = apply_fixes(tmp_path, [_finding("a.py")], [_repair(0, (Edit(1, 1, "x = 3\n"),))],
                                   {"a.py": "x = 1\n"})
    assert changed == []
    assert notices == ["a.py: not fixed, it changed since the scan (unstaged edits?); apply the patch by hand"]
    assert (tmp_path / "a.py").read_text() == "x = 1\ny = 2\n"


def test_edits_that_do_not_fit_are_a_notice_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    changed, notices = apply_fixes(tmp_path, [_finding("a.py")], [_repair(0, (Edit(5, 5, "x = 3\n"),))],
                                   {"a.py": "x = 1\n"})
    assert changed == [] and len(notices) == 1 and notices[0].startswith("a.py: not fixed, edit 5-5 outside")
    assert (tmp_path / "a.py").read_text() == "x = 1\n"


def test_a_latin1_file_is_written_back_in_latin1(tmp_path: Path) -> None:
    raw = "# caf\xe9\nx = 1\n".encode("latin-1")
    (tmp_path / "a.py").write_bytes(raw)
    changed, notices = apply_fixes(tmp_path, [_finding("a.py")], [_repair(0, (Edit(2, 2, "x = 3\n"),))],
                                   {"a.py": raw.decode("latin-1")})
    assert changed == ["a.py"] and notices == []
    assert (tmp_path / "a.py").read_bytes() == "# caf\xe9\nx = 3\n".encode("latin-1")  # never re-encoded as UTF-8


def test_a_repair_the_files_encoding_cannot_hold_is_a_notice(tmp_path: Path) -> None:
    raw = "# caf\xe9\nx = 1\n".encode("latin-1")
    (tmp_path / "a.py").write_bytes(raw)
    changed, notices = apply_fixes(tmp_path, [_finding("a.py")], [_repair(0, (Edit(2, 2, "x = '\u2713'\n"),))],
                                   {"a.py": raw.decode("latin-1")})
    assert changed == [] and notices[0].startswith("a.py: not fixed, 'latin-1' codec can't encode")
    assert (tmp_path / "a.py").read_bytes() == raw


@pytest.mark.parametrize("rel", ["../outside.py", "sub/../../outside.py", "ABSOLUTE", "link.py", "linkdir/outside.py"])
def test_fix_never_writes_outside_the_repository(tmp_path: Path, rel: str) -> None:
    root = tmp_path / "repo"
    (root / "sub").mkdir(parents=True)
    outside = tmp_path / "outside.py"
    outside.write_text("x = 1\n")
    (root / "link.py").symlink_to(outside)
    (root / "linkdir").symlink_to(tmp_path, target_is_directory=True)
    rel = str(outside) if rel == "ABSOLUTE" else rel
    changed, notices = apply_fixes(root, [_finding(rel)], [_repair(0, (Edit(1, 1, "x = 2\n"),))], {rel: "x = 1\n"})
    assert changed == []
    assert notices == [f"{rel}: not fixed, the path is not a regular file inside the repository"]
    assert outside.read_text() == "x = 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outside.py", "repo"]
