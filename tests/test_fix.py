"""--fix: only verified repairs, only the repaired regions, atomically, never over a user's unstaged edit."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import samples
from gitrepo import stage

from aiharden.cli import main
from aiharden.fixer import inside


def test_fix_writes_the_verified_repair_and_exits_1(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"conf.py": samples.YAML_LOAD, "db.py": samples.SQLI})
    os.chmod(repo / "conf.py", 0o750)
    assert main(["check", "--scope", "all", "--repo", str(repo), "--fix-all", "--n-best", "0"]) == 1
    out = capsys.readouterr().out
    assert "fixed conf.py" in out and "fixed db.py" in out
    conf = (repo / "conf.py").read_text()
    assert conf == samples.YAML_LOAD.replace("yaml.load(fh)", "yaml.safe_load(fh)")
    assert stat.S_IMODE((repo / "conf.py").stat().st_mode) == 0o750
    db = (repo / "db.py").read_text().splitlines()
    old = samples.SQLI.splitlines()
    assert [i for i, (a, b) in enumerate(zip(old, db)) if a != b] == [6]  # only the flagged statement
    stage(repo, {"conf.py": conf, "db.py": "\n".join(db) + "\n"})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--fix-all", "--n-best", "0"]) == 0


def test_fix_leaves_a_file_with_unstaged_edits_alone(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"conf.py": samples.YAML_LOAD})
    edited = samples.YAML_LOAD + "\n# work in progress, not staged\n"
    (repo / "conf.py").write_text(edited)
    assert main(["check", "--scope", "all", "--repo", str(repo), "--fix-all", "--n-best", "0"]) == 1
    assert (repo / "conf.py").read_text() == edited
    assert "conf.py: not fixed, it changed since the scan" in capsys.readouterr().out


def test_suggest_never_writes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"conf.py": samples.YAML_LOAD})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--n-best", "0"]) == 1
    assert (repo / "conf.py").read_text() == samples.YAML_LOAD
    out = capsys.readouterr().out
    assert "+        return yaml.safe_load(fh)" in out


@pytest.mark.parametrize("rel", ["../outside.py", "/etc/passwd", "a/../../x.py", ""])
def test_paths_outside_the_repository_are_refused(tmp_path: Path, rel: str) -> None:
    assert inside(tmp_path, rel) is None


def test_symlink_out_of_the_repository_is_refused(tmp_path: Path) -> None:
    (tmp_path / "repo").mkdir()
    (tmp_path / "secret.py").write_text("x = 1\n")
    (tmp_path / "repo" / "link.py").symlink_to(tmp_path / "secret.py")
    assert inside(tmp_path / "repo", "link.py") is None


PREVIEW = '''\
import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/preview")
def preview():
    """The first bytes of a page the user names."""
    url = request.args.get("url", "")
    page = requests.get(url, verify=False, timeout=5)
    return page.text[:200]
'''


def test_two_repairs_of_one_line_are_written_together_or_the_one_left_out_is_named(
        repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"preview.py": PREVIEW})
    main(["check", "--scope", "all", "--repo", str(repo), "--fix-all", "--n-best", "0", "--format", "json"])
    import json

    data = json.loads(capsys.readouterr().out)
    repaired = {c for f in data["findings"] if f["repair"]["status"] in ("fixed", "partial") for c in f["cwe"]}
    assert {295, 918} <= {c for f in data["findings"] for c in f["cwe"]}
    written = (repo / "preview.py").read_text()
    stage(repo, {"preview.py": written})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--no-repair", "--format", "json"]) in (0, 1)
    left = {c for f in json.loads(capsys.readouterr().out)["findings"] for c in f["cwe"]}
    not_applied = [n for n in data["notices"] if "repair not applied" in n]
    for cwe in repaired:  # every repair said to be verified is in the file, or a notice says why it is not
        assert cwe not in left or any(f"CWE-{cwe}" in n or "overlaps" in n for n in not_applied), (cwe, left, data)
