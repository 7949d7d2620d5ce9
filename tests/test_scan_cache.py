"""semgrep's and bandit's results are kept per file content and rule set: an unchanged file is not scanned
again, whatever its path; a changed file, a changed rule or --no-cache scans afresh; what an engine could not read
is not kept."""
from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
import samples
from gitrepo import commit
from gitrepo import init

from aiharden.cli import main
from aiharden.scan import _with_errors
from aiharden.scan import scan_texts
from aiharden.scan.cache import ResultCache

RULE = """\
rules:
  - id: shout-call
    languages: [python]
    severity: WARNING
    message: shout() is called
    metadata: {cwe: ["CWE-78: OS Command Injection"]}
    pattern: {call}(...)
"""


def _unique(text: str) -> str:
    """The text with a comment no other test wrote, so the cache starts empty for it."""
    return f"# {uuid.uuid4()}\n{text}"


def _semgrep(result: object) -> list[tuple[str, int, str]]:
    return sorted((f.path, f.region.start_line, f.rule_id) for f in result.findings  # type: ignore[attr-defined]
                  if "semgrep" in f.engines)


def test_an_unchanged_file_is_read_back_with_its_findings_at_any_path() -> None:
    text = _unique(samples.SQLI)
    first = scan_texts({"app/db.py": text})
    assert first.engine == "native" and _semgrep(first)
    again = scan_texts({"other/place.py": text})
    assert again.engine == "cached"
    assert [(line, rule) for _, line, rule in _semgrep(again)] == [(line, rule) for _, line, rule in _semgrep(first)]
    assert {f.path for f in again.findings} == {"other/place.py"}
    assert {f.snippet for f in again.findings} == {f.snippet for f in first.findings}


def test_only_the_changed_files_are_scanned_again() -> None:
    kept, changed = _unique(samples.YAML_LOAD), _unique(samples.SHELL)
    scan_texts({"conf.py": kept, "run.py": changed})
    result = scan_texts({"conf.py": kept, "run.py": changed + "\nos.system('ls ' + name)\n"})
    assert result.engine == "native"  # run.py went to semgrep
    cwes = {(f.path, c) for f in result.findings for c in f.cwe}
    assert ("conf.py", 502) in cwes and ("run.py", 78) in cwes


def test_a_changed_rule_set_scans_afresh(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "shout.yaml").write_text(RULE.replace("{call}", "shout"))
    text = _unique("def f():\n    shout()\n    whisper()\n")
    assert [f.snippet.strip() for f in scan_texts({"a.py": text}, rules_dir=rules, engines=("semgrep",)).findings] \
        == ["shout()"]
    (rules / "shout.yaml").write_text(RULE.replace("{call}", "whisper"))
    result = scan_texts({"a.py": text}, rules_dir=rules, engines=("semgrep",))
    assert result.engine == "native"
    assert [f.snippet.strip() for f in result.findings] == ["whisper()"]


def test_no_cache_scans_every_file(tmp_path: Path) -> None:
    text = _unique(samples.SQLI)
    scan_texts({"db.py": text})
    assert scan_texts({"db.py": text}, cache=False).engine == "native"


def test_files_a_semgrep_error_names_are_not_kept(tmp_path: Path) -> None:
    store = ResultCache(tmp_path, "digest")
    texts = {"ok.py": "a = 1\n", "partial.py": "b = 2\n"}
    data = {"results": [{"path": "ok.py", "check_id": "r"}],
            "errors": [{"path": "partial.py", "type": "Timeout", "message": "timed out"}]}
    store.put(texts, data["results"], skip=_with_errors(data))
    assert store.get(texts) == {"ok.py": [{"path": "ok.py", "check_id": "r"}]}
    store.put(texts, [], skip=_with_errors({"errors": [{"message": "rule parse error"}]}))  # the whole run
    assert store.get({"partial.py": "b = 2\n"}) == {}


@pytest.mark.parametrize("flag", [[], ["--no-cache"]])
def test_the_cli_reports_the_engine_and_the_same_findings(tmp_path: Path, flag: list[str],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    repo = init(tmp_path / "repo")
    commit(repo, "db", {"db.py": _unique(samples.SQLI)})
    runs = []
    for _ in range(2):
        assert main(["scan", "--repo", str(repo), "--format", "json", "--no-repair", *flag, str(repo / "db.py")]) == 1
        runs.append(json.loads(capsys.readouterr().out))
    assert [r["summary"]["semgrep_engine"] for r in runs] == (["native", "native"] if flag else ["native", "cached"])
    assert [f["rule_id"] for f in runs[0]["findings"]] == [f["rule_id"] for f in runs[1]["findings"]]


def _bandit(result: object) -> list[tuple[str, int, str, tuple[int, ...], str, str]]:
    return sorted((f.path, f.region.start_line, f.rule_id, f.cwe, f.confidence, f.tool_severity)
                  for f in result.findings if "bandit" in f.engines)  # type: ignore[attr-defined]


def test_bandit_results_are_kept_too_and_a_changed_skip_list_runs_it_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from aiharden.scan import bandit

    text = _unique("import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n")
    first = scan_texts({"a.py": text})
    assert _bandit(first)
    calls: list[object] = []
    real = bandit.run
    monkeypatch.setattr(bandit, "run", lambda *a, **k: calls.append(a) or real(*a, **k))
    again = scan_texts({"b/c.py": text})
    assert not calls  # read back: bandit did not run
    assert [x[1:] for x in _bandit(again)] == [x[1:] for x in _bandit(first)]
    assert {x[0] for x in _bandit(again)} == {"b/c.py"}
    scan_texts({"a.py": text}, bandit_skip=("B101",))  # another skip list: another result
    assert len(calls) == 1
    scan_texts({"a.py": text}, cache=False)
    assert len(calls) == 2


def test_a_file_bandit_cannot_read_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from aiharden.scan import bandit

    text = _unique("def broken(:\n    pass\n")
    scan_texts({"bad.py": text})
    calls: list[object] = []
    real = bandit.run
    monkeypatch.setattr(bandit, "run", lambda *a, **k: calls.append(a) or real(*a, **k))
    scan_texts({"bad.py": text})
    assert calls
