"""Bounded time: semgrep-timeout degrades the scan to bandit's results with one notice; a test command that
sleeps past test-timeout costs a repair, never a hang."""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

import pytest
import samples
from gitrepo import stage

from aiharden.cli import main
from aiharden.scan import scan_texts

BIG = (samples.SQLI + samples.YAML_LOAD.replace("import yaml\n", "import yaml  # noqa\n")) * 150


def _scan_processes(under: Path) -> list[str]:
    """Processes still running in one of the scan trees made under `under` (other runs on the machine are not
    this test's)."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cwd = os.readlink(f"/proc/{pid}/cwd")
        except OSError:
            continue
        if "aiharden-scan-" in cwd and cwd.startswith(str(under)):
            found.append(f"{pid} {cwd}")
    return found


def test_semgrep_timeout_degrades_to_bandit_only_with_one_notice(repo: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    scans = tmp_path / "scans"
    scans.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scans))  # this run's scan trees, apart from any other run's
    (repo / "pyproject.toml").write_text("[tool.aiharden]\nsemgrep-timeout = 0.05\ncache = false\n")
    stage(repo, {"big.py": BIG})
    start = time.monotonic()
    rc = main(["check", "--scope", "all", "--repo", str(repo), "--no-repair", "--format", "json"])
    elapsed = time.monotonic() - start
    captured = capsys.readouterr()
    assert rc == 2 and "Traceback" not in captured.err  # an incomplete scan does not pass unless allowed
    assert captured.err.count("\n") == 1 and captured.err.startswith(
        "aiharden: scan incomplete: semgrep stopped after 0.05 s (semgrep-timeout): its findings are missing.")
    data = json.loads(captured.out)
    assert data["summary"]["complete"] is False
    assert data["summary"]["incomplete"] == ["semgrep stopped after 0.05 s (semgrep-timeout): its findings are missing"]
    assert [n for n in data["notices"] if n.startswith("semgrep")] == [
        "semgrep: stopped after 0.05 s (semgrep-timeout); bandit results only, raise semgrep-timeout for a full scan"]
    assert data["findings"] and {f["engine"] for f in data["findings"]} == {"bandit"}
    assert 502 in {f["cwe"][0] for f in data["findings"]}  # bandit's B506 still reports yaml.load
    assert data["summary"]["semgrep_engine"] == "none"
    assert elapsed < 60
    time.sleep(0.5)
    assert _scan_processes(scans) == []  # semgrep was stopped, not left running


def test_an_incomplete_scan_passes_only_when_allowed_and_sarif_says_it_did_not_succeed(
        repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "pyproject.toml").write_text("[tool.aiharden]\nsemgrep-timeout = 0.05\ncache = false\n"
                                         "allow-incomplete = true\n")
    stage(repo, {"big.py": BIG})
    rc = main(["check", "--scope", "all", "--repo", str(repo), "--no-repair", "--sarif", str(tmp_path / "out.sarif")])
    out = capsys.readouterr().out
    assert rc == 1  # bandit's findings decide, as configured
    assert "20 files scanned" not in out and "1 file scanned INCOMPLETELY: semgrep stopped after 0.05 s" in out
    invocation = json.loads((tmp_path / "out.sarif").read_text())["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0] == {
        "level": "error", "message": {"text": "scan incomplete: semgrep stopped after 0.05 s (semgrep-timeout): its "
                                               "findings are missing"}}


def test_the_same_file_with_the_default_timeout_gets_both_engines() -> None:
    result = scan_texts({"big.py": BIG})
    assert result.incomplete == () and result.engine in ("native", "default")
    assert {e for f in result.findings for e in f.engines} == {"semgrep", "bandit"}


def test_scan_texts_timeout_marks_the_result_incomplete() -> None:
    result = scan_texts({"conf.py": samples.YAML_LOAD}, timeout=0.0, cache=False)
    assert result.incomplete == ("semgrep",)
    assert [e for e in result.errors if e.startswith("semgrep")] == [
        "semgrep: stopped after 0 s (semgrep-timeout); bandit results only, raise semgrep-timeout for a full scan"]
    assert [f.engine for f in result.findings] == ["bandit"]


SLEEP_IF_REPAIRED = (f"{sys.executable} -c \"import time; "
                     f"time.sleep(30) if 'safe_load' in open('conf.py').read() else None\"")


def test_test_cmd_past_test_timeout_costs_the_repair_not_the_run(repo: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "pyproject.toml").write_text("[tool.aiharden]\ntest-timeout = 2\n")
    stage(repo, {"conf.py": samples.YAML_LOAD})
    start = time.monotonic()
    rc = main(["check", "--scope", "all", "--repo", str(repo), "--n-best", "0", "--fix", "--format", "json",
               "--test-cmd", SLEEP_IF_REPAIRED])
    elapsed = time.monotonic() - start
    data = json.loads(capsys.readouterr().out)
    assert rc == 1
    assert elapsed < 25  # the 30 s sleep was cut at test-timeout
    (finding,) = data["findings"]
    assert finding["repair"]["status"] == "rejected" and finding["repair"]["reason"]
    assert data["fixed_files"] == []
    assert (repo / "conf.py").read_text() == samples.YAML_LOAD


def test_test_cmd_that_passes_keeps_the_repair(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "pyproject.toml").write_text("[tool.aiharden]\ntest-timeout = 20\n")
    stage(repo, {"conf.py": samples.YAML_LOAD})
    rc = main(["check", "--scope", "all", "--repo", str(repo), "--n-best", "0", "--format", "json",
               "--test-cmd", f"{sys.executable} -c \"import ast; ast.parse(open('conf.py').read())\""])
    data = json.loads(capsys.readouterr().out)
    assert rc == 1
    assert data["findings"][0]["repair"]["status"] == "fixed" and data["findings"][0]["repair"]["tests_ok"] is True
