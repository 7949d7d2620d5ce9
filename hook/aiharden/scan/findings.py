"""The scan stage's records: a region of a file and a finding in it."""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace


@dataclass(frozen=True)
class Region:
    """1-based lines and columns; end_col is exclusive (SARIF's convention)."""

    start_line: int
    start_col: int = 1
    end_line: int = 0
    end_col: int = 0

    def lines(self) -> range:
        return range(self.start_line, max(self.start_line, self.end_line) + 1)


@dataclass(frozen=True)
class Finding:
    path: str  # repository-relative, posix separators
    rule_id: str  # our semgrep rule id (no dots) or bandit's test id (B602)
    engine: str  # "semgrep" or "bandit"
    cwe: tuple[int, ...]
    message: str
    region: Region
    snippet: str = ""  # the flagged source text (redacted for secrets)
    confidence: str = "MEDIUM"  # HIGH, MEDIUM or LOW
    fix: str | None = None  # the rule's deterministic autofix for the region, if any
    engines: tuple[str, ...] = field(default=())  # every engine that reported it
    tool_severity: str = ""  # bandit's own severity of the test (HIGH, MEDIUM, LOW); "" for our rules

    def severity(self) -> tuple[float, str]:
        """The score and level every output shows: the CWEs' score, capped by confidence and bandit's severity."""
        from aiharden.cwe import finding_severity

        return finding_severity(self.cwe, self.confidence, self.tool_severity)

    def key(self) -> tuple[str, int, int]:
        return (self.path, self.region.start_line, self.cwe[0] if self.cwe else 0)


def merge(findings: list[Finding]) -> list[Finding]:
    """De-duplicate by (path, line, CWE); semgrep's record wins (it carries fixes)."""
    by_key: dict[tuple[str, int, int], Finding] = {}
    for f in sorted(findings, key=lambda f: (f.engine != "semgrep", f.path, f.region.start_line)):
        prev = by_key.get(f.key())
        if prev is None:
            by_key[f.key()] = replace(f, engines=f.engines or (f.engine,))
        elif f.engine not in prev.engines:
            by_key[f.key()] = replace(prev, engines=prev.engines + (f.engine,))
    return sorted(by_key.values(), key=lambda f: (f.path, f.region.start_line, f.region.start_col, f.rule_id))
