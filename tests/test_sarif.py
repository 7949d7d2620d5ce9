from __future__ import annotations

import json
from pathlib import Path

import pytest
import samples

from aiharden import sarif
from aiharden.cli import main
from aiharden.scan.findings import Finding
from aiharden.scan.findings import Region


def _scan_sarif(tmp_path: Path, files: dict[str, str]) -> dict:
    for rel, text in files.items():
        (tmp_path / rel).write_text(text)
    out = tmp_path / "out.sarif"
    main(["scan", "--repo", str(tmp_path), "--sarif", str(out), "--fail-on", "none",
          *(str(tmp_path / rel) for rel in files)])
    return json.loads(out.read_text())


def test_sarif_is_schema_valid_and_carries_what_github_reads(tmp_path: Path, sarif_validator: object) -> None:
    log = _scan_sarif(tmp_path, {"db.py": samples.SQLI, "conf.py": samples.YAML_LOAD, "sec.py": samples.SECRET})
    sarif_validator.validate(log)  # type: ignore[attr-defined]
    assert log["$schema"] and log["version"] == "2.1.0"
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "aiharden" and driver["version"] and driver["informationUri"]
    rules = {r["id"]: r for r in driver["rules"]}
    sql = rules["sql-fstring-query"]
    assert sql["properties"]["tags"][:2] == ["security", "external/cwe/cwe-089"]
    assert sql["properties"]["security-severity"] == "8.8"
    assert sql["properties"]["precision"] in {"high", "medium", "low"}
    assert sql["helpUri"] == "https://cwe.mitre.org/data/definitions/89.html"
    assert sql["shortDescription"]["text"] and sql["fullDescription"]["text"] and sql["help"]["text"]
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"}
        loc = result["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert not loc["artifactLocation"]["uri"].startswith("/")
        assert result["partialFingerprints"]["primaryLocationLineHash"]
        assert result["properties"]["cwe"]


def test_secrets_never_reach_the_report(tmp_path: Path) -> None:
    log = _scan_sarif(tmp_path, {"sec.py": samples.SECRET})
    text = json.dumps(log)
    assert "hunter2-very-secret" not in text
    assert any("CWE-798" in r["properties"]["cwe"] for r in log["runs"][0]["results"])


def test_fingerprint_is_stable_when_lines_move(tmp_path: Path) -> None:
    before = _scan_sarif(tmp_path, {"db.py": samples.SQLI})
    after = _scan_sarif(tmp_path, {"db.py": "# a new header comment\n\n\n" + samples.SQLI})
    fp = [[r["partialFingerprints"]["primaryLocationLineHash"] for r in log["runs"][0]["results"]]
          for log in (before, after)]
    lines = [[r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in log["runs"][0]["results"]]
             for log in (before, after)]
    assert fp[0] == fp[1] and lines[0] != lines[1]


def test_results_beyond_githubs_limit_keep_the_most_severe(monkeypatch: pytest.MonkeyPatch,
                                                           sarif_validator: object) -> None:
    monkeypatch.setattr(sarif, "MAX_RESULTS", 10)
    findings = [Finding(f"f{i}.py", "md5-hash", "semgrep", (328,), "weak hash", Region(1, 1, 1, 5))
                for i in range(15)]
    findings += [Finding(f"g{i}.py", "yaml-unsafe-load", "semgrep", (502,), "unsafe yaml", Region(2, 1, 2, 9))
                 for i in range(5)]
    log = sarif.build(findings)
    sarif_validator.validate(log)  # type: ignore[attr-defined]
    run = log["runs"][0]
    assert len(run["results"]) == 10
    assert sum(r["ruleId"] == "yaml-unsafe-load" for r in run["results"]) == 5
    assert run["properties"]["truncated"] == 10
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any("10 less severe results left out" in n["message"]["text"] for n in notes)
