from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import samples
from gitrepo import commit
from gitrepo import git

from aiharden import github
from aiharden.cli import main
from aiharden.errors import FatalError

AI_TRAILER = "\n\nCo-Authored-By: Claude Opus 4.1 <noreply@anthropic.com>"


def _event(tmp_path: Path, payload: dict) -> Path:
    path = tmp_path / "event.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    return path


def _pr(base: str, head: str) -> dict:
    return {"action": "opened", "number": 7, "pull_request": {
        "number": 7, "base": {"sha": base, "ref": "main"}, "head": {"sha": head, "ref": "feature"},
        "user": {"login": "octocat"}}}


@pytest.mark.parametrize(("name", "payload", "flags", "expected"), [
    pytest.param("pull_request", _pr("b" * 40, "h" * 40), (None, None), ("b" * 40, "h" * 40), id="pull-request"),
    pytest.param("pull_request_target", _pr("b" * 40, "h" * 40), (None, None), ("b" * 40, "h" * 40), id="pr-target"),
    pytest.param("pull_request", _pr("b" * 40, "h" * 40), ("main", None), ("main", "h" * 40), id="flag-base-wins"),
    pytest.param("pull_request", _pr("b" * 40, "h" * 40), ("x", "y"), ("x", "y"), id="both-flags-win"),
    pytest.param("push", {"before": "a" * 40, "after": "c" * 40}, (None, None), ("a" * 40, "c" * 40), id="push"),
    pytest.param("push", {"before": "0" * 40, "after": "c" * 40, "created": True}, (None, None),
                 ("c" * 40 + "^", "c" * 40), id="push-new-branch-first-parent"),
    pytest.param("push", {"before": "a" * 40, "after": "0" * 40, "deleted": True}, (None, None), (None, None),
                 id="push-branch-deleted"),
    pytest.param("merge_group", {"merge_group": {"base_sha": "a" * 40, "head_sha": "c" * 40}}, (None, None),
                 ("a" * 40, "c" * 40), id="merge-group"),
    pytest.param("workflow_dispatch", {"inputs": {}}, (None, None), (None, None), id="dispatch-none"),
])
def test_default_range_from_the_event(tmp_path: Path, name: str, payload: dict, flags: tuple, expected: tuple) -> None:
    env = {"GITHUB_EVENT_NAME": name, "GITHUB_EVENT_PATH": str(_event(tmp_path, payload))}
    assert github.default_range(env, *flags) == expected


def test_default_range_without_an_event_and_with_a_broken_one(tmp_path: Path) -> None:
    assert github.default_range({}, None, None) == (None, None)
    bad = tmp_path / "event.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(FatalError, match="GITHUB_EVENT_PATH"):
        github.default_range({"GITHUB_EVENT_NAME": "pull_request", "GITHUB_EVENT_PATH": str(bad)}, None, None)


@pytest.mark.parametrize(("raw", "data", "prop"), [
    pytest.param("plain", "plain", "plain", id="plain"),
    pytest.param("100%", "100%25", "100%25", id="percent"),
    pytest.param("a\r\nb", "a%0D%0Ab", "a%0D%0Ab", id="newlines"),
    pytest.param("src/a,b.py", "src/a,b.py", "src/a%2Cb.py", id="comma"),
    pytest.param("C:/x::y", "C:/x::y", "C%3A/x%3A%3Ay", id="colon"),
    pytest.param("%0A", "%250A", "%250A", id="already-encoded-stays-literal"),
])
def test_workflow_command_escaping(raw: str, data: str, prop: str) -> None:
    assert github.escape_data(raw) == data
    assert github.escape_property(raw) == prop


@pytest.mark.parametrize(("severity", "command"), [
    pytest.param("critical", "error", id="critical"), pytest.param("high", "error", id="high"),
    pytest.param("medium", "warning", id="medium"), pytest.param("low", "notice", id="low"),
])
def test_annotation_level_and_properties(severity: str, command: str) -> None:
    f = {"path": "pkg/a,b.py", "start_line": 3, "end_line": 4, "cwe": [89, 564], "rule_id": "sql-fstring-query",
         "severity": severity, "message": "user input reaches SQL: 100%\nuse parameters", "repair": None}
    assert github.annotation(f) == (
        f"::{command} file=pkg/a%2Cb.py,line=3,endLine=4,title=CWE-89%2CCWE-564 sql-fstring-query"
        "::user input reaches SQL: 100%25%0Ause parameters")


def _sarif(runs: int, results: int) -> dict:
    result = {"ruleId": "r", "message": {"text": "m"}}
    return {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "aiharden"}}, "results": [result] * results}
                                         for _ in range(runs)]}


def test_limit_warnings() -> None:
    assert github.limit_warnings(_sarif(1, 25_000)) == []
    (too_many,) = github.limit_warnings(_sarif(1, 25_001))
    assert "25001 results" in too_many and "25,000" in too_many
    assert any("21 runs" in w for w in github.limit_warnings(_sarif(21, 1)))
    (big,) = github.limit_warnings(_sarif(1, 1), gzip_bytes=11 * 2**20)
    assert "11.0 MB gzip-compressed" in big


def test_publish_warns_on_an_oversized_sarif_and_skips_missing_env(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    sarif = tmp_path / "big.sarif"
    sarif.write_text(json.dumps(_sarif(1, 25_001)), encoding="utf-8")
    github.publish({"findings": [], "properties": {}, "summary": {}}, sarif_path=str(sarif), env={}, exit_code=0)
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("::warning title=aiharden SARIF upload limits::") and "25001 results" in line


def _gh_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, event: Path, name: str = "pull_request") -> dict:
    files = {"GITHUB_STEP_SUMMARY": tmp_path / "summary.md", "GITHUB_OUTPUT": tmp_path / "output.txt"}
    for key, path in files.items():
        path.write_text("", encoding="utf-8")
        monkeypatch.setenv(key, str(path))
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_EVENT_NAME", name)
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(event))
    return files


def _outputs(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines())


def test_ci_github_mode_end_to_end(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str], sarif_validator: object) -> None:
    base = commit(repo, "Initial commit", {"README.md": "demo\n"})
    head = commit(repo, "Add settings loader and user lookup" + AI_TRAILER,
                  {"conf.py": samples.YAML_LOAD, "db.py": samples.SQLI})
    files = _gh_env(monkeypatch, tmp_path, _event(tmp_path, _pr(base, head)))
    sarif = tmp_path / "out" / "aiharden.sarif"
    # no --base, no --github: both come from GITHUB_ACTIONS and the pull_request event
    rc = main(["ci", "--repo", str(repo), "--sarif", str(sarif), "--category", "aiharden-pr", "--n-best", "0"])
    assert rc == 1
    out = capsys.readouterr().out.splitlines()

    annotations = [line for line in out if line.startswith("::")]
    assert len(annotations) == 2
    assert any(re.match(r"::error file=conf\.py,line=6,endLine=6,title=CWE-502 [\w-]+::\S", a) for a in annotations)
    assert any(re.match(r"::error file=db\.py,line=7,endLine=7,title=CWE-89 [\w-]+::\S", a) for a in annotations)

    summary = files["GITHUB_STEP_SUMMARY"].read_text(encoding="utf-8")
    assert summary.startswith("## aiharden: 2 findings (1 critical, 1 high)")
    assert f"| `{head[:12]}` Add settings loader and user lookup | **AI-authored**" in summary
    assert "co-authored-by: claude opus 4.1 &lt;noreply@anthropic.com&gt; (0.95)" in summary.lower()  # evidence
    assert re.search(r"\| critical \| CWE-502 \| `[\w-]+` \| `conf\.py:6` \| verified \(codemod\) \|", summary)
    assert re.search(r"\| high \| CWE-89 \| `[\w-]+` \| `db\.py:7` \|", summary)
    details = re.search(r"<details><summary>conf\.py:6: CWE-502 .*?</details>", summary, re.DOTALL)
    assert details and "```diff" in details[0] and "+        return yaml.safe_load(fh)" in details[0]
    assert "- by the change (findings on the lines it touched): [CWE-89]" in summary
    assert "### Repair statistics" in summary

    outputs = _outputs(files["GITHUB_OUTPUT"])
    repaired = int(outputs["repaired"])
    assert outputs == {"sarif": str(sarif), "findings": "2", "repaired": str(repaired),
                       "introduced": "CWE-89,CWE-502", "exit-code": "1"}
    assert 1 <= repaired <= 2

    log = json.loads(sarif.read_text(encoding="utf-8"))
    sarif_validator.validate(log)  # type: ignore[attr-defined]
    assert log["runs"][0]["automationDetails"]["id"].startswith("aiharden-pr/")
    assert {r["properties"]["cwe"][0] for r in log["runs"][0]["results"]} == {"CWE-89", "CWE-502"}


def test_ci_github_mode_without_ai_signal_and_a_new_branch_push(repo: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo, "Initial commit", {"README.md": "demo\n"})
    head = commit(repo, "Add loader", {"conf.py": samples.YAML_LOAD})
    files = _gh_env(monkeypatch, tmp_path, _event(tmp_path, {"before": "0" * 40, "after": head}), name="push")
    assert main(["ci", "--repo", str(repo), "--n-best", "0"]) == 0
    assert [line for line in capsys.readouterr().out.splitlines() if line.startswith("::")] == []
    summary = files["GITHUB_STEP_SUMMARY"].read_text(encoding="utf-8")
    assert summary.startswith("## aiharden: not scanned")
    assert "No AI signal in the 1 commit of the range" in summary and "| no AI signal |" in summary
    assert _outputs(files["GITHUB_OUTPUT"]) == {"sarif": "", "findings": "0", "repaired": "0", "introduced": "",
                                                "exit-code": "0"}


def test_shallow_clone_without_the_base_is_one_line_and_exit_2(repo: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    base = commit(repo, "Initial commit", {"README.md": "demo\n"})
    head = commit(repo, "Add loader" + AI_TRAILER, {"conf.py": samples.YAML_LOAD})
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", repo.resolve().as_uri(), str(shallow))
    _gh_env(monkeypatch, tmp_path, _event(tmp_path, _pr(base, head)))
    assert main(["ci", "--repo", str(shallow), "--n-best", "0"]) == 2
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert line.startswith("aiharden: base revision") and "fetch-depth: 0" in line


def test_summary_escapes_cells_and_caps_long_tables() -> None:
    finding = {"path": "a|b<script>.py", "start_line": 1, "end_line": 1, "cwe": [79], "rule_id": "xss",
               "severity": "medium", "message": "m", "repair": {"status": "unrepaired", "reason": "no candidate <b>",
                                                                "introduces_cwe": [78]}}
    data = {"findings": [finding] * 250, "properties": {"scope": "all", "provenance": []}, "notices": []}
    text = github.summary(data, exit_code=0)
    assert text.startswith("## aiharden: 250 findings (250 medium)") and "the check passes (exit 0)" in text
    assert "`a\\|b&lt;script&gt;.py:1`" in text and "none: no candidate &lt;b&gt;" in text and "<script>" not in text
    assert text.count("| medium | CWE-79 |") == github.MAX_ROWS and "50 more findings in the SARIF file." in text
    assert "- by rejected repair candidates (never applied): [CWE-78]" in text


def test_publish_writes_annotations_to_the_stream_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    finding = {"path": "a.py", "start_line": 2, "end_line": 2, "cwe": [78], "rule_id": "r", "severity": "low",
               "message": "m", "repair": None}
    stream = io.StringIO()
    out = tmp_path / "output.txt"
    github.publish({"findings": [finding]}, sarif_path=None, env={"GITHUB_OUTPUT": str(out)}, exit_code=0,
                   stream=stream)
    assert capsys.readouterr().out == ""
    assert stream.getvalue() == "::notice file=a.py,line=2,endLine=2,title=CWE-78 r::m\n"
    assert out.read_text(encoding="utf-8") == "sarif=\nfindings=1\nrepaired=0\nintroduced=CWE-78\nexit-code=0\n"
