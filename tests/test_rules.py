"""The bundled semgrep rules: their own tests, both engines, metadata and CWE coverage."""
from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from aiharden import cwe as cwe_catalog

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "hook" / "aiharden" / "rules" / "python"
TARGETS = ROOT / "tests" / "rules" / "python"
SEMGREP = str(Path(sys.executable).parent / "semgrep")

RULE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CWE_ENTRY = re.compile(r"^CWE-(\d+): (.+)$")
ANNOTATION = re.compile(r"#\s*(ruleid|ok):\s*([\w, -]+)$")
LEVELS = {"HIGH", "MEDIUM", "LOW"}

# Each entry is satisfied by any one of its CWEs.
REQUIRED_CWES = [
    {78}, {79}, {89}, {22}, {94, 95}, {502}, {798}, {327, 328}, {330, 338}, {295}, {611}, {377},
    {732}, {918}, {601}, {1333}, {209, 215, 489}, {117}, {400},
]


def _rule_files() -> dict[str, list[dict[str, Any]]]:
    return {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]
        for path in sorted(RULES.glob("*.yaml"))
    }


def _all_rules() -> list[dict[str, Any]]:
    return [rule for rules in _rule_files().values() for rule in rules]


def _cwes(rule: dict[str, Any]) -> list[int]:
    return [cwe_catalog.parse_cwe(entry) for entry in rule["metadata"]["cwe"]]


@pytest.fixture(scope="module")
def semgrep_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("semgrep-home")
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        SEMGREP_ENABLE_VERSION_CHECK="0",
        SEMGREP_SEND_METRICS="off",
        SEMGREP_SETTINGS_FILE=str(home / "settings.yml"),
        SEMGREP_LOG_FILE=str(home / "semgrep.log"),
        SEMGREP_VERSION_CACHE_PATH=str(home / "version"),
    )
    return env


def _semgrep(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    proc = subprocess.run(
        [SEMGREP, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )
    try:
        data: dict[str, Any] = json.loads(proc.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"semgrep {' '.join(args[:2])} exited {proc.returncode}: {proc.stderr[-2000:]}")
    return data


@pytest.fixture(scope="module")
def semgrep_test(semgrep_env: dict[str, str]) -> dict[str, Any]:
    return _semgrep(
        ["--test", "--json", "--metrics=off", "--disable-version-check",
         "--config", str(RULES.relative_to(ROOT)), str(TARGETS.relative_to(ROOT))],
        semgrep_env,
    )


def test_semgrep_test_passes_for_every_rule(semgrep_test: dict[str, Any]) -> None:
    assert semgrep_test["config_with_errors"] == []
    assert semgrep_test["config_missing_tests"] == []
    tested: set[str] = set()
    for config, result in semgrep_test["results"].items():
        for rule_id, check in result["checks"].items():
            assert check["passed"], f"{config} {rule_id}: {check['matches']} {check['errors']}"
            assert not check["errors"], (rule_id, check["errors"])
            expected = [line for m in check["matches"].values() for line in m["expected_lines"]]
            assert expected, f"{rule_id} has no ruleid: annotation"
            tested.add(rule_id.rsplit(".", 1)[-1])
    assert tested == {rule["id"] for rule in _all_rules()}


def test_semgrep_fix_tests_pass_for_every_rule_with_a_fix(semgrep_test: dict[str, Any]) -> None:
    assert semgrep_test["config_missing_fixtests"] == []
    fix_topics = {topic for topic, rules in _rule_files().items() if any("fix" in r or "fix-regex" in r for r in rules)}
    results = {Path(path).stem: r for path, r in semgrep_test["fixtest_results"].items()}
    assert set(results) == fix_topics
    assert all(r["passed"] for r in results.values()), results


@pytest.mark.parametrize("topic", sorted(p.stem for p in RULES.glob("*.yaml")))
def test_each_target_has_positives_and_negatives_per_rule(topic: str) -> None:
    target = TARGETS / f"{topic}.py"
    counts: dict[tuple[str, str], int] = {}
    for line in target.read_text(encoding="utf-8").splitlines():
        match = ANNOTATION.search(line)
        if match:
            for rule_id in match.group(2).split(","):
                key = (match.group(1), rule_id.strip())
                counts[key] = counts.get(key, 0) + 1
    for rule in _rule_files()[topic]:
        assert counts.get(("ruleid", rule["id"]), 0) >= 2, f"{rule['id']}: fewer than 2 positives"
        assert counts.get(("ok", rule["id"]), 0) >= 2, f"{rule['id']}: fewer than 2 negatives"


def _annotations() -> Iterator[tuple[str, str, str, int]]:
    """(topic, kind, rule id, line the annotation applies to) for every target file."""
    for target in sorted(TARGETS.glob("*.py")):
        if target.name.endswith(".fixed.py"):
            continue
        for number, line in enumerate(target.read_text(encoding="utf-8").splitlines(), start=1):
            match = ANNOTATION.search(line)
            if match:
                for rule_id in match.group(2).split(","):
                    yield target.stem, match.group(1), rule_id.strip(), number + 1


@pytest.mark.parametrize("engine", [
    pytest.param(["--experimental"], id="native"),
    pytest.param([], id="default"),
])
def test_both_engines_report_exactly_the_annotated_lines(engine: list[str], semgrep_env: dict[str, str]) -> None:
    targets = sorted(str(p.relative_to(ROOT)) for p in TARGETS.glob("*.py") if not p.name.endswith(".fixed.py"))
    data = _semgrep(
        ["scan", *engine, "--json", "--quiet", "--metrics=off", "--disable-version-check", "--no-git-ignore",
         "--config", str(RULES.relative_to(ROOT)), *targets],
        semgrep_env,
    )
    assert data["errors"] == []
    topic_of = {rule["id"]: topic for topic, rules in _rule_files().items() for rule in rules}
    reported = set()
    for res in data["results"]:
        rule_id = res["check_id"].rsplit(".", 1)[-1]
        topic = Path(res["path"]).stem
        if topic_of[rule_id] == topic:  # each target file exercises its own topic's rules
            reported.add((topic, rule_id, res["start"]["line"]))
    expected = {(t, r, n) for t, kind, r, n in _annotations() if kind == "ruleid"}
    forbidden = {(t, r, n) for t, kind, r, n in _annotations() if kind == "ok"}
    assert expected - reported == set(), "missed"
    assert reported - expected == set(), "unexpected"
    assert not reported & forbidden


@pytest.mark.parametrize("fixed", sorted(p.name for p in TARGETS.glob("*.fixed.py")))
def test_fixed_targets_are_valid_python(fixed: str) -> None:
    ast.parse((TARGETS / fixed).read_text(encoding="utf-8"))


def test_rule_ids_are_unique_lowercase_hyphenated_without_dots() -> None:
    ids = [rule["id"] for rule in _all_rules()]
    assert len(ids) == len(set(ids))
    assert all(RULE_ID.match(rule_id) for rule_id in ids), ids
    assert len(ids) >= 25


@pytest.mark.parametrize("rule", _all_rules(), ids=lambda r: r["id"])
def test_rule_metadata_is_complete(rule: dict[str, Any]) -> None:
    assert rule["languages"] == ["python"]
    assert rule["severity"] in {"ERROR", "WARNING", "INFO"}
    assert len(" ".join(rule["message"].split())) >= 80
    meta = rule["metadata"]
    assert isinstance(meta["cwe"], list) and meta["cwe"]
    for entry in meta["cwe"]:
        match = CWE_ENTRY.match(entry)
        assert match, entry
        assert match.group(2) == cwe_catalog.lookup(int(match.group(1))).name, "not the MITRE name"
    assert meta["category"] == "security"
    assert {meta["confidence"], meta["likelihood"], meta["impact"]} <= LEVELS
    refs = meta["references"]
    for cwe_id in _cwes(rule):
        assert f"https://cwe.mitre.org/data/definitions/{cwe_id}.html" in refs
    assert not ("fix" in rule and "fix-regex" in rule)


def test_every_cwe_a_rule_emits_is_in_the_catalog() -> None:
    catalog = json.loads((ROOT / "hook" / "aiharden" / "data" / "cwe.json").read_text(encoding="utf-8"))
    emitted = {c for rule in _all_rules() for c in _cwes(rule)}
    assert {str(c) for c in emitted} <= set(catalog), sorted(emitted)


@pytest.mark.parametrize("required", REQUIRED_CWES, ids=lambda s: "/".join(map(str, sorted(s))))
def test_cwe_coverage(required: set[int]) -> None:
    emitted = {c for rule in _all_rules() for c in _cwes(rule)}
    assert required & emitted


def test_rule_targets_pair_one_to_one_with_rule_files() -> None:
    topics = {p.stem for p in RULES.glob("*.yaml")}
    targets = {p.name.split(".")[0] for p in TARGETS.glob("*.py")}
    assert topics == targets
    assert not [p for p in TARGETS.iterdir() if p.suffix != ".py"]
