"""Scan sources and keep what the change touched: the part of a run shared by check, ci and scan."""
from __future__ import annotations

import time
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from aiharden import cwe as cwe_catalog
from aiharden.config import LEVELS
from aiharden.config import Config
from aiharden.scan import scan_texts
from aiharden.scan.findings import Finding
from aiharden.sources import Source

SECRET_CWES = frozenset({259, 321, 798})


@dataclass(frozen=True)
class Report:
    command: str  # check, ci or scan
    root: Path | None
    findings: tuple[Finding, ...]
    texts: Mapping[str, str]
    notices: tuple[str, ...]
    files_scanned: int
    engine: str
    elapsed: float
    run_properties: Mapping[str, Any] = field(default_factory=dict)
    all_findings: Mapping[str, tuple[Finding, ...]] = field(default_factory=dict)  # every finding, per file
    ai_scope: Mapping[str, tuple[tuple[int, int], ...] | None] | None = None  # AI-written files (None: unknown)

    def ai_authored(self, f: Finding) -> bool | None:
        if self.ai_scope is None:
            return None
        if f.path not in self.ai_scope:
            return False
        return touches(f, self.ai_scope[f.path])


def touches(f: Finding, changed: tuple[tuple[int, int], ...] | None) -> bool:
    if changed is None:
        return True
    return any(a <= f.region.end_line and f.region.start_line <= b for a, b in changed)


def redact(snippet: str) -> str:
    """Keep the shape of a line that holds a secret, never the secret."""
    import re

    return re.sub(r"""(?P<q>['"])(?:(?!(?P=q)).){2,}(?P=q)""", lambda m: f"{m['q']}***{m['q']}", snippet)


def scan(command: str, root: Path | None, sources: Sequence[Source], notices: Sequence[str], cfg: Config) -> Report:
    start = time.perf_counter()
    texts = {s.path: s.text for s in sources}
    changed = {s.path: s.changed for s in sources}
    result = scan_texts(texts, bandit_skip=cfg.bandit_skip, timeout=cfg.semgrep_timeout)
    kept = []
    every: dict[str, list[Finding]] = {}
    for f in result.findings:
        every.setdefault(f.path, []).append(f)
        if not cfg.all_lines and not touches(f, changed.get(f.path)):
            continue
        if SECRET_CWES.intersection(f.cwe):
            f = Finding(**{**f.__dict__, "snippet": redact(f.snippet)})
        kept.append(f)
    return Report(command, root, tuple(kept), texts, (*notices, *result.errors), len(texts), result.engine,
                  time.perf_counter() - start, {}, {k: tuple(v) for k, v in every.items()})


def severity(f: Finding) -> str:
    return cwe_catalog.severity_of(f.cwe)[1]


def exit_code(findings: Sequence[Finding], fail_on: str) -> int:
    if fail_on == "none":
        return 0
    threshold = LEVELS.index(fail_on)
    return int(any(LEVELS.index(severity(f)) >= threshold for f in findings))
