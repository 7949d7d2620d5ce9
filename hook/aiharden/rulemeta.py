"""Descriptions of rules for reports: bundled semgrep rules from their YAML, bandit tests from their findings."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from aiharden import cwe as cwe_catalog
from aiharden.scan.findings import Finding


@dataclass(frozen=True)
class RuleText:
    name: str
    short: str
    full: str
    help_text: str
    help_markdown: str


@functools.cache
def bundled_rules() -> dict[str, dict[str, Any]]:
    import yaml

    from aiharden.scan.semgrep import RULES_ROOT

    rules: dict[str, dict[str, Any]] = {}
    for path in sorted(RULES_ROOT.glob("*/*.yaml")):
        for rule in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("rules", []):
            rules[rule["id"]] = rule
    return rules


def repair_families(rule_id: str) -> tuple[str, ...] | None:
    """The codemod families a rule names (`metadata.repair` of a bundled rule, `"repair"` of a bandit test in
    data/bandit_cwe.json); None when it names none ([] is "no codemod")."""
    rule = bundled_rules().get(rule_id)
    named = (rule.get("metadata") or {}).get("repair") if rule is not None else cwe_catalog.bandit_repair(rule_id)
    return None if named is None else tuple(str(n) for n in named)


def rule_cwes(rule_id: str) -> tuple[int, ...]:
    """The CWEs a bundled rule's metadata or our bandit table gives the rule."""
    rule = bundled_rules().get(rule_id)
    if rule is None:
        found = cwe_catalog.bandit_cwe(rule_id, None) if rule_id[:1] == "B" and rule_id[1:].isdigit() else 0
        return (found,) if found else ()
    return tuple(cwe_catalog.parse_cwe(c) for c in (rule.get("metadata") or {}).get("cwe") or ())


def _camel(rule_id: str) -> str:
    return "".join(part.capitalize() for part in rule_id.replace("_", "-").split("-"))


def describe(rule_id: str, f: Finding) -> RuleText:
    rule = bundled_rules().get(rule_id) if f.engine == "semgrep" else None
    message = " ".join(str(rule["message"]).split()) if rule else f.message
    cwes = [cwe_catalog.lookup(c) for c in f.cwe]
    short = cwes[0].name if cwes else message.split(". ")[0]
    links = "\n".join(f"- [CWE-{c.id}: {c.name}](https://cwe.mitre.org/data/definitions/{c.id}.html)" for c in cwes)
    refs = [str(r) for r in ((rule or {}).get("metadata", {}).get("references") or [])]
    ref_md = "".join(f"\n- {r}" for r in refs if "cwe.mitre.org" not in r)
    engine = "bundled semgrep rule" if rule else f"{f.engine} test {rule_id}"
    help_text = f"{message}\n\n" + "\n".join(f"CWE-{c.id}: {c.name}" for c in cwes) + f"\n({engine})"
    help_md = f"{message}\n\n**Weakness**\n{links}{ref_md}\n\n_{engine}_"
    return RuleText(_camel(rule_id), short, message, help_text, help_md)
