"""Bad files, staged (check) and on disk (scan): each skipped one named in one line, the run goes on."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import samples
from gitrepo import commit
from gitrepo import git
from gitrepo import stage

from aiharden.cli import main

BIG = 6 * 1024 * 8534  # 50 MiB of "x = 1" lines
LATIN = "# caf\xe9\nimport yaml\nyaml.load(open('x'))\n".encode("latin-1")
BROKEN = samples.YAML_LOAD + "\ndef broken(:\n    pass\n"

# (path, content, expected finding line or None, expected notice or None)
CASES = [
    pytest.param("bin.py", b"\x00\x01\x02binary\x00" * 50, None, "bin.py: skipped, binary file", id="binary"),
    pytest.param("latin.py", LATIN, 3, "latin.py: not valid UTF-8 (byte 5); scanned as latin-1", id="latin-1"),
    pytest.param("bom.py", b"\xef\xbb\xbf" + samples.YAML_LOAD.encode(), 6, None, id="utf8-bom"),
    pytest.param("crlf.py", samples.YAML_LOAD.replace("\n", "\r\n").encode(), 6, None, id="crlf"),
    pytest.param("syntax.py", BROKEN.encode(), 6, "syntax.py: bandit skipped it: syntax error", id="syntax-error"),
    pytest.param("empty.py", b"", None, None, id="empty"),
    pytest.param("dir with space/a b.py", samples.YAML_LOAD.encode(), 6, None, id="spaces"),
    pytest.param("üñí/çödé.py", samples.YAML_LOAD.encode(), 6, None, id="unicode"),
    pytest.param("new\nline.py", samples.YAML_LOAD.encode(), 6, None, id="newline-in-name"),
]
FILES = {c.values[0]: c.values[1] for c in CASES}


def _big(path: Path) -> None:
    with open(path, "wb") as fh:
        fh.truncate(0)
        line = b"x = 1\n" * 1024
        for _ in range(BIG // len(line)):
            fh.write(line)


@pytest.fixture(scope="module")
def staged_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict, Path]:
    """One repository with every bad file staged at once, plus removed, renamed, mode-only and symlinked ones."""
    from gitrepo import GIT_ENV
    from gitrepo import init

    with pytest.MonkeyPatch.context() as mp:
        for key, value in GIT_ENV.items():
            mp.setenv(key, value)
        mp.setenv("AIHARDEN_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
        return _staged_run(init(tmp_path_factory.mktemp("files") / "repo"))


def _staged_run(repo: Path) -> tuple[int, dict, Path]:
    commit(repo, "base", {"gone.py": samples.SQLI, "old_name.py": samples.SQLI, "mode.py": samples.YAML_LOAD})
    stage(repo, {k: v for k, v in FILES.items()})
    _big(repo / "big.py")
    git(repo, "add", "big.py")
    (repo / "link.py").symlink_to("/etc/passwd")
    git(repo, "add", "link.py")
    git(repo, "rm", "-q", "gone.py")
    git(repo, "mv", "old_name.py", "new_name.py")
    (repo / "new_name.py").write_text(samples.SQLI + "\n\ndef more() -> None:\n    eval(input())\n")
    git(repo, "add", "new_name.py")
    os.chmod(repo / "mode.py", 0o755)
    git(repo, "add", "mode.py")
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = main(["check", "--scope", "all", "--repo", str(repo), "--no-repair", "--format", "json"])
    return rc, json.loads(out.getvalue()), repo


@pytest.mark.parametrize(("path", "content", "line", "notice"), CASES)
def test_staged_bad_file(staged_run: tuple[int, dict, Path], path: str, content: bytes, line: int | None,
                         notice: str | None) -> None:
    rc, data, _ = staged_run
    assert rc == 1
    lines = sorted(f["start_line"] for f in data["findings"] if f["path"] == path)
    assert lines == ([line] if line else [])
    mine = [n for n in data["notices"] if n.startswith(path.encode("unicode_escape").decode() + ":")]
    if notice is None:
        assert not [n for n in mine if "skipped" in n or "UTF-8" in n]
    else:
        assert any(n.startswith(notice) for n in mine), data["notices"]
    assert all("\n" not in n for n in data["notices"])


def test_staged_big_symlink_removed_renamed_mode_only(staged_run: tuple[int, dict, Path]) -> None:
    rc, data, _ = staged_run
    notices = data["notices"]
    assert f"big.py: skipped, {BIG:,} bytes is over the 1,000,000-byte limit (max-file-bytes)" in notices
    assert "link.py: skipped, symbolic link (its target is scanned where it changes)" in notices
    paths = {f["path"] for f in data["findings"]}
    assert not paths & {"gone.py", "old_name.py", "mode.py", "link.py", "big.py"}
    # the renamed file is scanned under its new name, and only its changed lines count
    assert [(f["start_line"], f["cwe"]) for f in data["findings"] if f["path"] == "new_name.py"] == [(12, [95])]


def test_only_bad_files_staged_is_a_clean_exit(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"bin.py": b"\x00" * 10, "empty.py": b"", "notes.txt": "hello\n"})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--n-best", "0"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["aiharden: bin.py: skipped, binary file"]


def test_on_disk_bad_files_are_named_and_the_scan_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "tree"
    for rel, content in FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(content)
    _big(root / "big.py")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "evil.py").write_text(samples.SQLI)
    (root / "link.py").symlink_to(outside / "evil.py")
    (root / "linked_dir").symlink_to(outside, target_is_directory=True)
    rc = main(["scan", "--repo", str(root), "--no-repair", str(root)])
    out = capsys.readouterr().out
    assert rc == 1
    for notice in ("bin.py: skipped, binary file", "latin.py: not valid UTF-8 (byte 5); scanned as latin-1",
                   f"big.py: skipped, {BIG:,} bytes is over the 1,000,000-byte limit (max-file-bytes)",
                   "link.py: skipped, symbolic link", "syntax.py: bandit skipped it: syntax error"):
        assert any(ln.startswith(f"aiharden: {notice}") for ln in out.splitlines()), notice
    for rel, line in (("latin.py", 3), ("bom.py", 6), ("crlf.py", 6), ("syntax.py", 6),
                      ("dir with space/a b.py", 6), ("üñí/çödé.py", 6)):
        assert f"{rel}:{line}:" in out
    assert "evil.py" not in out  # neither the file link nor the folder link is followed out of the tree
    assert "Traceback" not in out


@pytest.mark.parametrize(("name", "raw"), [
    pytest.param("bom.py", b"\xef\xbb\xbf" + samples.YAML_LOAD.encode(), id="bom"),
    pytest.param("crlf.py", samples.YAML_LOAD.replace("\n", "\r\n").encode(), id="crlf"),
    pytest.param("bomcrlf.py", b"\xef\xbb\xbf" + samples.YAML_LOAD.replace("\n", "\r\n").encode(), id="bom-crlf"),
])
def test_fix_keeps_bom_and_crlf(repo: Path, capsys: pytest.CaptureFixture[str], name: str, raw: bytes) -> None:
    stage(repo, {name: raw})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--fix-all", "--n-best", "0"]) == 1
    assert f"fixed {name}" in capsys.readouterr().out
    assert (repo / name).read_bytes() == raw.replace(b"yaml.load(fh)", b"yaml.safe_load(fh)")


def test_syntax_error_keeps_partial_results_and_never_writes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"syntax.py": BROKEN})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--fix-all", "--n-best", "0", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    (finding,) = data["findings"]
    assert finding["cwe"] == [502] and finding["repair"]["status"] != "fixed"
    assert data["fixed_files"] == []
    assert (repo / "syntax.py").read_text() == BROKEN


def test_file_name_that_is_not_utf8_is_named_and_skipped(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = os.fsdecode(b"caf\xe9.py")
    (repo / name).write_text(samples.YAML_LOAD)
    git(repo, "add", "-A")
    stage(repo, {"db.py": samples.SQLI})
    sarif = repo.parent / "out.sarif"
    assert main(["check", "--scope", "all", "--repo", str(repo), "--n-best", "0", "--sarif", str(sarif)]) == 1
    out = capsys.readouterr().out
    assert "aiharden: caf\\xe9.py: skipped, the file name is not valid UTF-8\n" in out
    assert "db.py:7:" in out
    assert json.loads(sarif.read_text())["runs"][0]["results"]
    assert main(["scan", "--repo", str(repo), "--no-repair", str(repo)]) == 1
    assert "aiharden: caf\\xe9.py: skipped, the file name is not valid UTF-8\n" in capsys.readouterr().out


def test_huge_staged_files_are_never_read_into_memory(repo: Path) -> None:
    import tracemalloc

    from aiharden.changes import staged
    from aiharden.sources import from_changes

    _big(repo / "big.py")
    _big(repo / "video.bin")
    git(repo, "add", "big.py", "video.bin")
    stage(repo, {"db.py": samples.SQLI})
    cs = staged(repo)
    tracemalloc.start()
    try:
        sources, notices = from_changes(cs, 1_000_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [s.path for s in sources] == ["db.py"]
    assert notices == [f"big.py: skipped, {BIG:,} bytes is over the 1,000,000-byte limit (max-file-bytes)"]
    assert peak < 5 * 1024 * 1024  # two 50 MiB blobs staged; neither was read
