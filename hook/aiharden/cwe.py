"""The CWE catalog: names, security-severity scores, Top 25 ranks, and bandit's ids made precise."""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

LEVELS = ("low", "medium", "high", "critical")

# Scores follow GitHub code scanning's bands for security-severity.
_BANDS = ((9.0, "critical"), (7.0, "high"), (4.0, "medium"))
_UNKNOWN_SCORE = 5.0
_CWE_TEXT = re.compile(r"\s*(?:CWE-)?(\d+)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CweInfo:
    id: int
    name: str
    security_severity: float
    top25: int | None


@functools.cache
def _load(name: str) -> dict[str, Any]:
    text = resources.files("aiharden").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@functools.cache
def _catalog() -> dict[int, CweInfo]:
    return {
        int(key): CweInfo(int(key), entry["name"], float(entry["security_severity"]), entry["top25"])
        for key, entry in _load("cwe.json").items()
    }


def lookup(cwe: int) -> CweInfo:
    """Catalog entry for a CWE id; an id we do not know gets a neutral medium score."""
    return _catalog().get(cwe) or CweInfo(cwe, f"CWE-{cwe}", _UNKNOWN_SCORE, None)


def level(score: float) -> str:
    """Severity level of a security-severity score: critical, high, medium or low."""
    for floor, name in _BANDS:
        if score >= floor:
            return name
    return "low"


def severity_of(cwes: Sequence[int]) -> tuple[float, str]:
    """The highest score over the given CWE ids and its level (no ids: the unknown score)."""
    score = max((lookup(c).security_severity for c in cwes), default=_UNKNOWN_SCORE)
    return score, level(score)


# the highest score a finding may have when the engine doubts it: a rule or bandit test of low confidence is at
# most medium, a bandit test of low severity (a process started without a shell, `random` for a shuffle) at most low
_CONFIDENCE_CAP = {"LOW": 6.9}
_TOOL_SEVERITY_CAP = {"LOW": 3.9}


def finding_severity(cwes: Sequence[int], confidence: str = "MEDIUM", tool_severity: str = "") -> tuple[float, str]:
    """A finding's score and level: its CWEs' score, capped by the engine's confidence and its own severity."""
    score, _ = severity_of(cwes)
    score = min(score, _CONFIDENCE_CAP.get(confidence.upper(), 10.0), _TOOL_SEVERITY_CAP.get(tool_severity.upper(), 10.0))
    return score, level(score)


def bandit_cwe(test_id: str, reported: int | None) -> int:
    """Our precise CWE for a bandit test; a test we do not know keeps what bandit reported (0: none)."""
    entry = _load("bandit_cwe.json").get(test_id.upper())
    if entry is not None:
        return int(entry["cwe"])
    return reported or 0


def bandit_repair(test_id: str) -> list[str] | None:
    """The codemod families our table names for a bandit test; None when it names none."""
    entry = _load("bandit_cwe.json").get(test_id.upper())
    return entry.get("repair") if entry is not None else None


def bandit_message(test_id: str) -> str | None:
    """Our wording for a bandit test's finding (what the weakness is, why it matters, how to fix it)."""
    entry = _load("bandit_cwe.json").get(test_id.upper())
    return entry.get("message") if entry is not None else None


def parse_cwe(text: str) -> int:
    """The id in "CWE-89: ...", "CWE-89", "cwe-89" or "89"; ValueError when there is none."""
    match = _CWE_TEXT.match(str(text))
    if match is None:
        raise ValueError(f"not a CWE reference: {text!r}")
    return int(match.group(1))
