"""--scope: which changes are scanned, from real commits' trailers, identities and notes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import samples
from gitrepo import commit
from gitrepo import git
from gitrepo import stage

from aiharden.cli import main

CLAUDE = "\n\nCo-Authored-By: Claude Opus 4.1 <noreply@anthropic.com>\n"


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


def test_ci_scans_only_files_of_ai_commits(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = commit(repo, "base", {"README.md": "x\n"})
    commit(repo, "human change", {"human.py": samples.SQLI})
    commit(repo, "ai change" + CLAUDE, {"ai.py": samples.YAML_LOAD})
    assert main(["ci", "--repo", str(repo), "--base", base, "--format", "json", "--n-best", "0"]) == 1
    data = _json(capsys)
    assert {f["path"] for f in data["findings"]} == {"ai.py"}
    provs = data["properties"]["provenance"]
    assert [p["ai"] for p in provs] == [True, False]
    assert provs[0]["tools"] == ["Claude Code"]
    assert main(["ci", "--repo", str(repo), "--base", base, "--format", "json", "--scope", "all", "--no-repair"]) == 1
    assert {f["path"] for f in _json(capsys)["findings"]} == {"ai.py", "human.py"}


def test_ci_without_ai_signal_says_so_and_exits_0(repo: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str], sarif_validator: object) -> None:
    base = commit(repo, "base", {"README.md": "x\n"})
    commit(repo, "human change", {"human.py": samples.SQLI})
    sarif = tmp_path / "out.sarif"
    assert main(["ci", "--repo", str(repo), "--base", base, "--sarif", str(sarif)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "no AI signal for the 1 commit of the range" in out
    assert "does not prove human authorship" in out
    log = json.loads(sarif.read_text())
    sarif_validator.validate(log)  # type: ignore[attr-defined]
    assert log["runs"][0]["results"] == []


def test_notes_line_ranges_limit_findings_to_ai_lines(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = commit(repo, "base", {"README.md": "x\n"})
    two = samples.YAML_LOAD + "\n\ndef load_other(path: str) -> dict:\n    with open(path) as fh:\n        return yaml.load(fh)\n"
    head = commit(repo, "settings loaders", {"conf.py": two})
    note = {"files": [{"path": "conf.py", "conversations": [{"contributor": {"type": "ai"},
                                                             "ranges": [{"start_line": 9, "end_line": 11}]}]}]}
    git(repo, "notes", "--ref", "agent-trace", "add", "-m", json.dumps(note), head)
    assert main(["ci", "--repo", str(repo), "--base", base, "--format", "json", "--no-repair"]) == 1
    data = _json(capsys)
    assert [f["start_line"] for f in data["findings"]] == [11]
    assert data["properties"]["provenance"][0]["ai_lines"] == {"conf.py": [[9, 11]]}


def test_check_env_signal_and_sarif_provenance(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"conf.py": samples.YAML_LOAD})
    assert main(["check", "--repo", str(repo)]) == 0
    assert "no AI signal for the staged change" in capsys.readouterr().out
    monkeypatch.setenv("CURSOR_AGENT", "1")
    sarif = tmp_path / "out.sarif"
    assert main(["check", "--repo", str(repo), "--sarif", str(sarif), "--no-repair"]) == 1
    run = json.loads(sarif.read_text())["runs"][0]
    assert run["properties"]["provenance"][0]["tools"] == ["Cursor"]
    assert run["results"][0]["properties"]["ai_authored"] is True


def test_scan_always_scans_whatever_the_scope(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "conf.py").write_text(samples.YAML_LOAD)
    assert main(["scan", "--repo", str(tmp_path), "--scope", "ai", "--no-repair", str(tmp_path / "conf.py")]) == 1


def test_detect_prints_verdicts_with_evidence(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = commit(repo, "base", {"README.md": "x\n"})
    commit(repo, "aider: add loader", {"a.py": "x = 1\n"},
           env={"GIT_AUTHOR_NAME": "Jane (aider)"})
    commit(repo, "plain", {"b.py": "y = 1\n"})
    assert main(["detect", "--repo", str(repo), "--base", base]) == 0
    out = capsys.readouterr().out
    assert "AI-authored" in out and "Aider" in out and "no AI signal" in out
    assert main(["detect", "--repo", str(repo), "--base", base, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["ai"] for p in data] == [False, True]


def test_ci_baseline_state_new_unchanged_and_absent(repo: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str], sarif_validator: object) -> None:
    digest = samples.MD5.replace("password", "body")  # a content digest: no password involved
    old = digest + "\n\ndef legacy_token(p: str) -> str:\n    return hashlib.sha1(p.encode()).hexdigest()\n"
    base = commit(repo, "base", {"h.py": old})
    new = old.replace("hashlib.md5(body.encode())", "hashlib.sha256(body.encode())")
    new = "import yaml\n" + new + "\n\ndef conf(fh):\n    return yaml.load(fh)\n"
    commit(repo, "harden digest, add config" + CLAUDE, {"h.py": new})
    sarif = tmp_path / "out.sarif"
    assert main(["ci", "--repo", str(repo), "--base", base, "--all-lines", "--no-repair", "--format", "json",
                 "--sarif", str(sarif)]) == 1
    data = _json(capsys)
    states = {f["snippet"].split("(")[0].split()[-1]: f["baseline_state"] for f in data["findings"]}
    assert states == {"yaml.load": "new", "hashlib.sha1": "unchanged"}
    assert ["hashlib.md5" in a["snippet"] for a in data["absent"]] == [True]
    log = json.loads(sarif.read_text())
    sarif_validator.validate(log)  # type: ignore[attr-defined]
    by_state = sorted((r["properties"]["cwe"][0], r["baselineState"]) for r in log["runs"][0]["results"])
    assert by_state == [("CWE-328", "absent"), ("CWE-328", "unchanged"), ("CWE-502", "new")]


def test_a_skipped_run_has_the_json_keys_of_every_run(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"conf.py": samples.YAML_LOAD})
    assert main(["check", "--repo", str(repo), "--format", "json"]) == 0
    skipped = _json(capsys)
    monkeypatch.setenv("CURSOR_AGENT", "1")
    assert main(["check", "--repo", str(repo), "--format", "json", "--no-repair"]) == 1
    scanned = _json(capsys)
    assert set(skipped) == set(scanned) and set(skipped["summary"]) == set(scanned["summary"])
    assert skipped["summary"]["scanned"] is False and scanned["summary"]["scanned"] is True
    assert skipped["notices"][0].startswith("no AI signal for the staged change")
