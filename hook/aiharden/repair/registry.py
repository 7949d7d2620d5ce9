"""The codemod registry: each family of rewrites is declared once, with the CWEs it repairs, and rules name the
families that repair their findings in their own metadata (`repair:` in rules/*.yaml, `"repair"` in
data/bandit_cwe.json for a bandit test; `repair: []` for none)."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Family:
    name: str
    module: str  # the module of its package that holds it
    function: str
    cwes: tuple[int, ...] = ()  # what it repairs for a rule that names no family


def functions(package: str, families: Sequence[Family]) -> dict[str, Callable[..., Any]]:
    return {f.name: getattr(importlib.import_module(f"{package}.{f.module}"), f.function) for f in families}


def families_for(families: Sequence[Family], rule_id: str, cwe: Sequence[int]) -> tuple[str, ...]:
    """The families a rule names in its metadata; without that, those that repair one of its CWEs (the finding's,
    then the rule's own)."""
    from aiharden.rulemeta import repair_families
    from aiharden.rulemeta import rule_cwes

    named = repair_families(rule_id)
    if named is not None:
        return named
    return tuple(dict.fromkeys(f.name for c in (*cwe, *rule_cwes(rule_id)) for f in families if c in f.cwes))
