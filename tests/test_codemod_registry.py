"""One registry: a codemod family is declared once, and the rules name the families in their own metadata."""
from __future__ import annotations

import importlib
import json

import pytest

from aiharden.repair import codemods
from aiharden.repair import js
from aiharden.rulemeta import bundled_rules
from aiharden.rulemeta import repair_families
from aiharden.scan.semgrep import RULES_ROOT

PACKAGES = {"python": codemods, "javascript": js}


def _language(rule: dict) -> str:
    return "javascript" if {"javascript", "typescript", "js", "ts"} & set(rule.get("languages", ())) else "python"


@pytest.mark.parametrize("language", sorted(PACKAGES))
def test_every_family_is_declared_once_and_its_function_exists(language: str) -> None:
    package = PACKAGES[language]
    names = [f.name for f in package.FAMILIES]
    assert len(names) == len(set(names))
    for f in package.FAMILIES:
        module = importlib.import_module(f"{package.__name__}.{f.module}")
        assert callable(getattr(module, f.function)), f.name


def test_the_families_a_rule_names_exist_for_its_language() -> None:
    for rule_id, rule in bundled_rules().items():
        named = repair_families(rule_id)
        known = {f.name for f in PACKAGES[_language(rule)].FAMILIES}
        assert named is None or set(named) <= known, (rule_id, named)
    table = json.loads((RULES_ROOT.parent / "data" / "bandit_cwe.json").read_text(encoding="utf-8"))
    python = {f.name for f in codemods.FAMILIES}
    for test_id, entry in table.items():
        assert set(entry.get("repair", ())) <= python, test_id


@pytest.mark.parametrize("language", sorted(PACKAGES))
def test_every_family_is_reached_by_a_cwe_or_a_rule(language: str) -> None:
    named = {n for rule_id, rule in bundled_rules().items() if _language(rule) == language
             for n in repair_families(rule_id) or ()}
    for f in PACKAGES[language].FAMILIES:
        assert f.cwes or f.name in named, f.name


def test_a_rules_metadata_decides_before_its_cwe() -> None:
    assert codemods.families_for("open-user-path", (22,)) == ("open-path",)  # not the tar member check
    assert codemods.families_for("weak-cipher", (327,)) == ("cipher",)  # not the hash families of CWE-327
    assert codemods.families_for("B310", (918,)) == ()  # `repair: []`: no codemod
    assert codemods.families_for("B506", (502,)) == ("yaml",)  # a bandit test, from our table
    # a rule that names nothing gets the families of its CWEs
    assert codemods.families_for("some-unknown-rule", (22,)) == ("tarfile", "open-path")
    assert js.families_for("js-dom-html-sink", (79,)) == ("dom",)
    assert js.families_for("js-unknown", (79,)) == ("html", "dom")
