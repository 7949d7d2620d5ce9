"""The composite action's run steps, executed in order by ci/run_action_locally.py (offline install mode)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import samples
from gitrepo import commit
from gitrepo import git
from gitrepo import write

ROOT = Path(__file__).resolve().parent.parent
RUNNER = ROOT / "ci" / "run_action_locally.py"
AI_TRAILER = "\n\nCo-Authored-By: Claude Opus 4.1 <noreply@anthropic.com>"

sys.path.insert(0, str(ROOT / "ci"))
import run_action_locally  # noqa: E402


def _pr_event(tmp_path: Path, base: str, head: str) -> Path:
    path = tmp_path / "event.json"
    path.write_text(json.dumps({"action": "synchronize", "number": 3, "pull_request": {
        "number": 3, "base": {"sha": base}, "head": {"sha": head}, "user": {"login": "octocat"}}}), encoding="utf-8")
    return path


def _run(tmp_path: Path, workspace: Path, event: Path, *inputs: str) -> tuple[subprocess.CompletedProcess[str],
                                                                              dict[str, str], str]:
    out, summary = tmp_path / "outputs.txt", tmp_path / "summary.md"
    out.write_text("", encoding="utf-8")
    summary.write_text("", encoding="utf-8")
    args = [sys.executable, str(RUNNER), "--workspace", str(workspace), "--event", str(event), "--preinstalled",
            "--github-output", str(out), "--step-summary", str(summary)]
    for item in inputs:
        args += ["--input", item]
    proc = subprocess.run(args, capture_output=True, text=True, check=False, timeout=300)
    outputs = dict(line.split("=", 1) for line in out.read_text(encoding="utf-8").splitlines())
    return proc, outputs, summary.read_text(encoding="utf-8")


@pytest.fixture
def pull_request(tmp_path: Path) -> tuple[Path, Path]:
    """An origin with an AI-authored pull request commit and a git note; the workspace is its full clone."""
    origin = tmp_path / "origin"
    git(tmp_path, "init", "-q", "-b", "main", str(origin))
    base = commit(origin, "Initial commit", {"README.md": "demo\n"})
    head = commit(origin, "Add settings loader and user lookup" + AI_TRAILER,
                  {"conf.py": samples.YAML_LOAD, "db.py": samples.SQLI})
    git(origin, "notes", "add", "-m", "reviewed", head)
    workspace = tmp_path / "workspace"
    git(tmp_path, "clone", "-q", origin.resolve().as_uri(), str(workspace))
    return workspace, _pr_event(tmp_path, base, head)


def test_action_scans_uploads_then_fails_the_job(tmp_path: Path, pull_request: tuple[Path, Path]) -> None:
    workspace, event = pull_request
    proc, outputs, summary = _run(tmp_path, workspace, event, "category=aiharden-pr", "fail-on=high")
    assert proc.returncode == 1, proc.stderr  # the scan's exit code, from the last step
    assert "skipped uses: actions/setup-python@v5" in proc.stderr
    upload = next(line for line in proc.stderr.splitlines() if "skipped uses: github/codeql-action/upload-sarif@v4"
                  in line)  # its condition held although the scan failed: the upload comes before the exit
    assert '"category": "aiharden-pr"' in upload and '"sarif_file": "aiharden.sarif"' in upload
    assert "aiharden already installed: aiharden " in proc.stdout
    assert "step 'Exit with the scan's status' failed with exit code 1" in proc.stderr
    assert outputs["exit-code"] == "1" and outputs["findings"] == "2" and outputs["sarif"] == "aiharden.sarif"
    assert outputs["introduced"] == "CWE-89,CWE-502" and int(outputs["repaired"]) >= 1
    assert "::error file=conf.py,line=6,endLine=6,title=CWE-502 " in proc.stdout
    assert summary.startswith("## aiharden: 2 findings") and "<details>" in summary
    log = json.loads((workspace / "aiharden.sarif").read_text(encoding="utf-8"))
    assert log["runs"][0]["automationDetails"]["id"].startswith("aiharden-pr/")
    assert "reviewed" in git(workspace, "log", "-1", "--format=%N", "HEAD")  # notes fetched from origin


def test_action_passes_below_fail_on_and_skips_the_upload_when_asked(tmp_path: Path,
                                                                     pull_request: tuple[Path, Path]) -> None:
    workspace, event = pull_request
    proc, outputs, summary = _run(tmp_path, workspace, event, "fail-on=none", "mode=off", "upload=false",
                                  "sarif-file=out/scan.sarif")
    assert proc.returncode == 0, proc.stderr
    assert "not run: Upload SARIF to code scanning" in proc.stderr
    assert outputs == {"sarif": "out/scan.sarif", "findings": "2", "repaired": "0", "introduced": "CWE-89,CWE-502",
                       "exit-code": "0"}
    assert "| not attempted |" in summary and "### Verified repairs" not in summary


def test_action_surfaces_a_shallow_clone_as_one_error_and_exit_2(tmp_path: Path,
                                                                 pull_request: tuple[Path, Path]) -> None:
    origin = tmp_path / "origin"
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", origin.resolve().as_uri(), str(shallow))
    proc, outputs, _ = _run(tmp_path, shallow, pull_request[1])
    assert proc.returncode == 2
    (error,) = [line for line in proc.stdout.splitlines() if line.startswith("::error")]
    assert error.startswith("::error title=aiharden::aiharden: base revision") and "fetch-depth: 0" in error
    assert outputs == {"sarif": "", "findings": "", "repaired": "", "introduced": "", "exit-code": "2"}
    assert "not run: Upload SARIF to code scanning" in proc.stderr


def test_action_output_quoting_the_pull_request_is_not_read_as_commands(tmp_path: Path) -> None:
    origin = tmp_path / "origin"
    git(tmp_path, "init", "-q", "-b", "main", str(origin))
    base = commit(origin, "Initial commit", {"README.md": "demo\n"})
    name = "::set-output name=exit-code::0.py"  # a legal file name that reads as a workflow command
    write(origin, name, samples.SQLI)
    git(origin, "add", "--", name, env={"GIT_LITERAL_PATHSPECS": "1"})
    head = commit(origin, "Add lookup" + AI_TRAILER)
    proc, outputs, _ = _run(tmp_path, origin, _pr_event(tmp_path, base, head), "mode=off")
    assert proc.returncode == 1 and outputs["exit-code"] == "1"
    lines = proc.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("::stop-commands::aiharden-"))
    end = lines.index(f"::{lines[start].split('::')[2]}::")
    commands = [line for i, line in enumerate(lines) if line.lstrip().startswith("::") and not start <= i <= end]
    assert commands == ["::error file=%3A%3Aset-output name=exit-code%3A%3A0.py,line=7,endLine=7,"
                        f"title=CWE-89 sql-fstring-query::{commands[0].split('::', 2)[2]}"]
    assert any(line.startswith("::set-output name=exit-code::0.py:7:") for line in lines[start:end])


@pytest.mark.parametrize(("expr", "expected"), [
    pytest.param("always() && inputs.upload == 'true' && steps.scan.outputs.sarif != ''", True, id="upload-runs"),
    pytest.param("inputs.upload == 'TRUE'", True, id="case-insensitive-equality"),
    pytest.param("inputs.upload == 'false'", False, id="unequal"),
    pytest.param("steps.scan.outputs.missing", False, id="missing-is-falsy"),
    pytest.param("!(inputs.mode == 'off') || failure()", True, id="not-and-parentheses"),
    pytest.param("'it''s' == 'it''s'", True, id="quote-escape"),
])
def test_runner_expressions(expr: str, expected: bool) -> None:
    context = {"inputs": {"upload": "true", "mode": "suggest"}, "steps": {"scan": {"outputs": {"sarif": "a.sarif"}}}}
    status = {"success": True, "failure": False, "always": True, "cancelled": False}
    assert run_action_locally.condition(expr, context, status) is expected


def test_runner_reads_multiline_outputs(tmp_path: Path) -> None:
    path = tmp_path / "out"
    path.write_text("a=1\nnotes<<EOF\nline one\nline=two\nEOF\na=2\n", encoding="utf-8")
    assert run_action_locally.read_outputs(path) == {"a": "2", "notes": "line one\nline=two"}
