"""The codemods against the real engines: after the fix, the rule that flagged the code no longer fires.

Every vulnerable snippet of the codemod tables is scanned with the bundled semgrep rules (and with
bandit), each finding that a codemod can repair is repaired, and the repaired files are scanned again.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from aiharden.repair.codemods import propose
from aiharden.repair.edits import Edit
from aiharden.repair.edits import apply_edits

# bandit's "consider the implications" tests (import subprocess, assert, ...) that the hook skips by default
BANDIT_SKIP = ("B101", "B105", "B106", "B107", "B403", "B404", "B603", "B607")
RULES = Path(__file__).resolve().parent.parent / "hook" / "aiharden" / "rules" / "python"


@dataclass(frozen=True)
class Hit:
    file: str  # case id
    rule: str  # rule id without the config prefix, or bandit's test id
    cwe: tuple[int, ...]
    start: int
    end: int


def _cases() -> dict[str, str]:
    from test_codemods_shell import SHELL
    from test_codemods_sql import SQL
    from test_codemods_swaps import SWAPS
    from test_codemods_web import WEB

    out = {}
    for param in [*SQL, *SHELL, *SWAPS, *WEB]:
        assert param.id is not None
        out[param.id.replace("-", "_")] = str(param.values[4])
    return out


def _write(folder: Path, texts: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.py").write_text(text, encoding="utf-8")


def _cwe(values: object) -> tuple[int, ...]:
    items = values if isinstance(values, list) else [values]
    return tuple(int(m.group(1)) for v in items if (m := re.search(r"CWE-(\d+)", str(v))))


def semgrep(folder: Path, home: Path) -> list[Hit]:
    env = {**os.environ, "HOME": str(home), "SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"}
    exe = Path(sys.executable).with_name("semgrep")
    cmd = [str(exe), "scan", "--metrics=off", "--disable-version-check", "--no-git-ignore", "--json", "--quiet"]
    proc = subprocess.run(
        [*cmd, "--config", str(RULES), str(folder)], capture_output=True, text=True, env=env, timeout=300
    )
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    return [
        Hit(
            Path(r["path"]).stem,
            r["check_id"].rsplit(".", 1)[-1],
            _cwe(r["extra"].get("metadata", {}).get("cwe", [])),
            r["start"]["line"],
            r["end"]["line"],
        )
        for r in json.loads(proc.stdout)["results"]
    ]


def bandit(folder: Path, home: Path) -> list[Hit]:
    proc = subprocess.run(
        [sys.executable, "-m", "bandit", "-q", "-f", "json", "--skip", ",".join(BANDIT_SKIP), "-r", str(folder)],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": str(home)},
        timeout=300,
    )
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    return [
        Hit(Path(r["filename"]).stem, r["test_id"], (r["issue_cwe"]["id"],), min(r["line_range"]), max(r["line_range"]))
        for r in json.loads(proc.stdout)["results"]
    ]


def _fixed_lines(edits: tuple[Edit, ...]) -> Iterator[int]:
    shift = 0
    for e in sorted(edits, key=lambda e: e.start_line):
        n = e.text.count("\n")
        if e.end_line >= e.start_line:
            yield from range(e.start_line + shift, e.start_line + shift + n)
        shift += n - (e.end_line - e.start_line + 1)


def _repair_round(tmp_path: Path, engine: str) -> tuple[list[Hit], dict[Hit, list[set[int]]], list[Hit]]:
    """Scan the cases, write every candidate of one repairable finding per case, scan the candidates."""
    scan = semgrep if engine == "semgrep" else bandit
    texts = _cases()
    _write(tmp_path / "before", texts)
    before = scan(tmp_path / "before", tmp_path)
    candidates: dict[str, str] = {}
    repaired: dict[Hit, list[set[int]]] = {}
    for hit in sorted(before, key=lambda h: (h.file, h.start)):
        if any(r.file == hit.file for r in repaired):
            continue  # one finding per case: the candidates' line numbers stay comparable
        for k, fix in enumerate(propose(texts[hit.file], hit.rule, hit.cwe, hit.start, hit.end)):
            candidates[f"{hit.file}__{k}"] = apply_edits(texts[hit.file], fix.edits)
            repaired.setdefault(hit, []).append(set(_fixed_lines(fix.edits)))
    _write(tmp_path / "after", candidates)
    return before, repaired, scan(tmp_path / "after", tmp_path)


@pytest.mark.parametrize(("engine", "minimum"), [("semgrep", 45), ("bandit", 30)])
def test_repaired_code_no_longer_fires_the_rule(tmp_path: Path, engine: str, minimum: int) -> None:
    """Some candidate clears each finding (the verify stage takes the first that does) and adds nothing."""
    if engine == "semgrep":
        assert any(RULES.glob("*.y*ml")), f"no bundled semgrep rules in {RULES}"
    before, repaired, after = _repair_round(tmp_path, engine)
    assert len(repaired) >= minimum, f"{engine} flagged {len(before)} findings, codemods repaired {len(repaired)}"
    not_cleared, introduced = [], []
    for hit, candidate_lines in repaired.items():
        cleared = [
            k
            for k, lines in enumerate(candidate_lines)
            if not any(
                h.file == f"{hit.file}__{k}" and h.rule == hit.rule and lines & set(range(h.start, h.end + 1))
                for h in after
            )
        ]
        if not cleared:
            not_cleared.append((hit.file, hit.rule, hit.start))
            continue
        rules_before = {h.rule for h in before if h.file == hit.file}
        rules_after = {h.rule for h in after if h.file == f"{hit.file}__{cleared[0]}"}
        introduced.extend((hit.file, r) for r in sorted(rules_after - rules_before))
    assert not_cleared == []
    assert introduced == []
