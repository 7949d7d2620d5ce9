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
