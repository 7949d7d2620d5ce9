"""Scan sources and keep what the change touched: the part of a run shared by check, ci and scan."""
from __future__ import annotations

import dataclasses
import time
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from aiharden.config import LEVELS
from aiharden.config import Config
from aiharden.scan import scan_texts
from aiharden.scan.findings import Finding
from aiharden.sources import Source
from aiharden.util import split_lines

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
    baseline_state: tuple[str, ...] = ()  # per finding, against the base commit: new or unchanged (ci only)
    absent: tuple[Finding, ...] = ()  # findings of the base that the change removed (ci only)
    incomplete: tuple[str, ...] = ()  # why the scan is not complete: one line per engine that stopped early

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


BASE_PREFIX = ".aiharden-base/"


def _line_key(f: Finding, text: str) -> tuple[str, tuple[int, ...], str]:
    lines = split_lines(text)
    line = lines[f.region.start_line - 1] if 0 < f.region.start_line <= len(lines) else f.snippet
    return f.rule_id, f.cwe, " ".join(line.split())


def compare(head: Sequence[Finding], every: Mapping[str, Sequence[Finding]], texts: Mapping[str, str],
            base: Sequence[Finding], base_texts: Mapping[str, str]) -> tuple[tuple[str, ...], tuple[Finding, ...]]:
    """Baseline states of head findings (new / unchanged) and the base findings the change removed."""
    import collections

    base_keys = collections.Counter(_line_key(b, base_texts[b.path]) for b in base)
    head_keys = collections.Counter(_line_key(f, texts[f.path]) for fs in every.values() for f in fs)
    states = tuple("unchanged" if base_keys[_line_key(f, texts[f.path])] else "new" for f in head)
    absent = []
    for b in base:
        key = _line_key(b, base_texts[b.path])
        if head_keys[key]:
            head_keys[key] -= 1
        else:
            absent.append(b)
    return states, tuple(absent)


def scan(command: str, root: Path | None, sources: Sequence[Source], notices: Sequence[str], cfg: Config,
         baseline: Sequence[Source] = ()) -> Report:
    """Scan sources (and, in one call, the base versions in baseline); keep findings on changed lines."""
    start = time.perf_counter()
    texts = {s.path: s.text for s in sources}
    changed = {s.path: s.changed for s in sources}
    base_texts = {s.path: s.text for s in baseline}
    result = scan_texts({**texts, **{BASE_PREFIX + p: t for p, t in base_texts.items()}},
                        bandit_skip=cfg.bandit_skip, timeout=cfg.semgrep_timeout, cache=cfg.cache)
    kept = []
    every: dict[str, list[Finding]] = {}
    base_findings = [dataclasses.replace(f, path=f.path[len(BASE_PREFIX):]) for f in result.findings
                     if f.path.startswith(BASE_PREFIX)]
    for f in result.findings:
        if f.path.startswith(BASE_PREFIX):
            continue
        every.setdefault(f.path, []).append(f)
        if not cfg.all_lines and not touches(f, changed.get(f.path)):
            continue
        if SECRET_CWES.intersection(f.cwe):
            f = Finding(**{**f.__dict__, "snippet": redact(f.snippet)})
        kept.append(f)
    errors = tuple(e for e in result.errors if not e.startswith(BASE_PREFIX))
    states: tuple[str, ...] = ()
    absent: tuple[Finding, ...] = ()
    if baseline:
        states, absent = compare(kept, every, texts, base_findings, base_texts)
    incomplete = tuple(f"{engine} stopped after {cfg.semgrep_timeout:g} s (semgrep-timeout): its findings are missing"
                       for engine in result.incomplete)
    return Report(command, root, tuple(kept), texts, (*notices, *errors), len(texts), result.engine,
                  time.perf_counter() - start, {}, {k: tuple(v) for k, v in every.items()},
                  baseline_state=states, absent=absent, incomplete=incomplete)


def severity(f: Finding) -> str:
    return f.severity()[1]


def exit_code(findings: Sequence[Finding], fail_on: str) -> int:
    if fail_on == "none":
        return 0
    threshold = LEVELS.index(fail_on)
    return int(any(LEVELS.index(severity(f)) >= threshold for f in findings))
