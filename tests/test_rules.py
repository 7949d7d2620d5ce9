"""The bundled semgrep rules of each language: their own tests, both engines, metadata and CWE coverage."""
from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from aiharden import cwe as cwe_catalog

ROOT = Path(__file__).resolve().parent.parent
SEMGREP = str(Path(sys.executable).parent / "semgrep")

RULE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CWE_ENTRY = re.compile(r"^CWE-(\d+): (.+)$")
ANNOTATION = re.compile(r"(?:#|//|<!--)\s*(ruleid|ok):\s*([\w, -]+?)\s*(?:-->)?$")
LEVELS = {"HIGH", "MEDIUM", "LOW"}


@dataclass(frozen=True)
class Language:
    name: str  # the folder under rules/ and tests/rules/
    languages: tuple[str, ...]  # what every rule of the folder declares
    suffixes: tuple[str, ...]  # its test targets
    required_cwes: tuple[frozenset[int], ...]  # each entry is satisfied by any one of its CWEs

    @property
    def rules(self) -> Path:
        return ROOT / "hook" / "aiharden" / "rules" / self.name

    @property
    def targets(self) -> Path:
        return ROOT / "tests" / "rules" / self.name


def _required(*groups: set[int]) -> tuple[frozenset[int], ...]:
    return tuple(frozenset(g) for g in groups)


LANGUAGES = (
    Language("python", ("python",), (".py",), _required(
        {78}, {79}, {89}, {22}, {94, 95}, {502}, {798}, {327, 328}, {330, 338}, {295}, {611}, {377},
        {732}, {918}, {601}, {1333}, {209, 215, 489}, {117}, {400},
        # the weaknesses assistants write beyond the classic list
        {347}, {760}, {329, 1204}, {326}, {643}, {90}, {943}, {113}, {730, 1333}, {770}, {434},
        {614, 1004, 1275}, {352}, {1336}, {20}, {319}, {88}, {91}, {93}, {134}, {256}, {276}, {297}, {321}, {323},
        {331}, {335}, {367}, {409}, {470}, {494}, {521}, {532}, {598}, {613}, {757}, {776}, {780}, {915}, {942},
    )),
    Language("javascript", ("javascript", "typescript"), (".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx"), _required(
        {78}, {79}, {89}, {22}, {94, 95}, {798}, {327, 328}, {916}, {330, 338}, {295}, {347}, {918}, {601},
        {1333}, {1321}, {614, 1004}, {352}, {117}, {209}, {400},
    )),
    Language("template", ("regex",), (".html",), _required({79})),
)
BY_NAME = {lang.name: lang for lang in LANGUAGES}


def _rule_files(lang: Language) -> dict[str, list[dict[str, Any]]]:
    return {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]
        for path in sorted(lang.rules.glob("*.yaml"))
    }


def _all_rules(lang: Language) -> list[dict[str, Any]]:
    return [rule for rules in _rule_files(lang).values() for rule in rules]


def _cwes(rule: dict[str, Any]) -> list[int]:
    return [cwe_catalog.parse_cwe(entry) for entry in rule["metadata"]["cwe"]]


def _topic(target: Path) -> str:
    return target.name.split(".")[0]


def _targets(lang: Language) -> list[Path]:
    """The annotated targets (not the expected results of autofixes, <topic>.fixed.py)."""
    return sorted(p for p in lang.targets.iterdir() if p.suffix in lang.suffixes and ".fixed." not in p.name)


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


@pytest.fixture(scope="module", params=[lang.name for lang in LANGUAGES])
def semgrep_test(request: pytest.FixtureRequest, semgrep_env: dict[str, str]) -> tuple[Language, dict[str, Any]]:
    lang = BY_NAME[request.param]
    return lang, _semgrep(
        ["--test", "--json", "--metrics=off", "--disable-version-check",
         "--config", str(lang.rules.relative_to(ROOT)), str(lang.targets.relative_to(ROOT))],
        semgrep_env,
    )


def test_semgrep_test_passes_for_every_rule(semgrep_test: tuple[Language, dict[str, Any]]) -> None:
    lang, data = semgrep_test
    assert data["config_with_errors"] == []
    assert data["config_missing_tests"] == []
    tested: set[str] = set()
    for config, result in data["results"].items():
        for rule_id, check in result["checks"].items():
            assert check["passed"], f"{config} {rule_id}: {check['matches']} {check['errors']}"
            assert not check["errors"], (rule_id, check["errors"])
            expected = [line for m in check["matches"].values() for line in m["expected_lines"]]
            assert expected, f"{rule_id} has no ruleid: annotation"
            tested.add(rule_id.rsplit(".", 1)[-1])
    assert tested == {rule["id"] for rule in _all_rules(lang)}


def test_semgrep_fix_tests_pass_for_every_rule_with_a_fix(semgrep_test: tuple[Language, dict[str, Any]]) -> None:
    lang, data = semgrep_test
    assert data["config_missing_fixtests"] == []
    fix_topics = {topic for topic, rules in _rule_files(lang).items()
                  if any("fix" in r or "fix-regex" in r for r in rules)}
    results = {Path(path).stem: r for path, r in data["fixtest_results"].items()}
    assert set(results) == fix_topics
    assert all(r["passed"] for r in results.values()), results


@pytest.mark.parametrize(("language", "topic"), [
    pytest.param(lang.name, p.stem, id=f"{lang.name}-{p.stem}")
    for lang in LANGUAGES for p in sorted(lang.rules.glob("*.yaml"))
])
def test_each_target_has_positives_and_negatives_per_rule(language: str, topic: str) -> None:
    lang = BY_NAME[language]
    counts: dict[tuple[str, str], int] = {}
    for target in (t for t in _targets(lang) if _topic(t) == topic):
        for line in target.read_text(encoding="utf-8").splitlines():
            match = ANNOTATION.search(line)
            if match:
                for rule_id in match.group(2).split(","):
                    key = (match.group(1), rule_id.strip())
                    counts[key] = counts.get(key, 0) + 1
    for rule in _rule_files(lang)[topic]:
        assert counts.get(("ruleid", rule["id"]), 0) >= 2, f"{rule['id']}: fewer than 2 positives"
        assert counts.get(("ok", rule["id"]), 0) >= 2, f"{rule['id']}: fewer than 2 negatives"


def _annotations(lang: Language) -> Iterator[tuple[str, str, str, int]]:
    """(target file name, kind, rule id, line the annotation applies to) for every target file."""
    for target in _targets(lang):
        for number, line in enumerate(target.read_text(encoding="utf-8").splitlines(), start=1):
            match = ANNOTATION.search(line)
            if match:
                for rule_id in match.group(2).split(","):
                    yield target.name, match.group(1), rule_id.strip(), number + 1


@pytest.mark.parametrize("language", [lang.name for lang in LANGUAGES])
@pytest.mark.parametrize("engine", [
    pytest.param(["--experimental"], id="native"),
    pytest.param([], id="default"),
])
def test_both_engines_report_exactly_the_annotated_lines(engine: list[str], language: str,
                                                         semgrep_env: dict[str, str]) -> None:
    lang = BY_NAME[language]
    targets = [str(p.relative_to(ROOT)) for p in _targets(lang)]
    data = _semgrep(
        ["scan", *engine, "--json", "--quiet", "--metrics=off", "--disable-version-check", "--no-git-ignore",
         "--config", str(lang.rules.relative_to(ROOT)), *targets],
        semgrep_env,
    )
    assert data["errors"] == []
    topic_of = {rule["id"]: topic for topic, rules in _rule_files(lang).items() for rule in rules}
    reported = set()
    for res in data["results"]:
        rule_id = res["check_id"].rsplit(".", 1)[-1]
        target = Path(res["path"])
        if topic_of[rule_id] == _topic(target):  # each target file exercises its own topic's rules
            reported.add((target.name, rule_id, res["start"]["line"]))
    expected = {(t, r, n) for t, kind, r, n in _annotations(lang) if kind == "ruleid"}
    forbidden = {(t, r, n) for t, kind, r, n in _annotations(lang) if kind == "ok"}
    assert expected - reported == set(), "missed"
    assert reported - expected == set(), "unexpected"
    assert not reported & forbidden


@pytest.mark.parametrize("fixed", sorted(p.name for p in BY_NAME["python"].targets.glob("*.fixed.py")))
def test_fixed_targets_are_valid_python(fixed: str) -> None:
    ast.parse((BY_NAME["python"].targets / fixed).read_text(encoding="utf-8"))


def test_rule_ids_are_unique_lowercase_hyphenated_without_dots() -> None:
    ids = [rule["id"] for lang in LANGUAGES for rule in _all_rules(lang)]
    assert len(ids) == len(set(ids)), "an id is used twice, within a language or across languages"
    assert all(RULE_ID.match(rule_id) for rule_id in ids), ids
    for lang in LANGUAGES:  # templates: a few text rules for what turns autoescaping off
        assert len(_all_rules(lang)) >= (3 if lang.name == "template" else 25), lang.name


@pytest.mark.parametrize(("language", "rule"), [
    pytest.param(lang.name, rule, id=rule["id"]) for lang in LANGUAGES for rule in _all_rules(lang)
])
def test_rule_metadata_is_complete(language: str, rule: dict[str, Any]) -> None:
    assert tuple(rule["languages"]) == BY_NAME[language].languages
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
    emitted = {c for lang in LANGUAGES for rule in _all_rules(lang) for c in _cwes(rule)}
    assert {str(c) for c in emitted} <= set(catalog), sorted(emitted)


@pytest.mark.parametrize(("language", "required"), [
    pytest.param(lang.name, required, id=f"{lang.name}-" + "/".join(map(str, sorted(required))))
    for lang in LANGUAGES for required in lang.required_cwes
])
def test_cwe_coverage(language: str, required: frozenset[int]) -> None:
    emitted = {c for rule in _all_rules(BY_NAME[language]) for c in _cwes(rule)}
    assert required & emitted


def test_the_python_rules_cover_sixty_cwes_each_with_a_tested_example() -> None:
    """Every CWE a Python rule reports has a rule with `# ruleid:` examples in the targets (checked by the tests
    above); at least 60 distinct CWEs."""
    emitted = {c for rule in _all_rules(BY_NAME["python"]) for c in _cwes(rule)}
    assert len(emitted) >= 60, sorted(emitted)


@pytest.mark.parametrize("language", [lang.name for lang in LANGUAGES])
def test_rule_targets_pair_one_to_one_with_rule_files(language: str) -> None:
    lang = BY_NAME[language]
    topics = {p.stem for p in lang.rules.glob("*.yaml")}
    assert topics == {_topic(p) for p in lang.targets.iterdir()}
    assert not [p for p in lang.targets.iterdir() if p.suffix not in lang.suffixes]
