"""Terminal and JSON reports."""
from __future__ import annotations

import collections
from typing import Any

from aiharden import cwe as cwe_catalog
from aiharden.pipeline import Report
from aiharden.sarif import SARIF_LEVEL
from aiharden.scan.findings import Finding

_ORDER = ("critical", "high", "medium", "low")


def finding_line(f: Finding) -> str:
    _, sev = cwe_catalog.severity_of(f.cwe)
    cwes = ",".join(f"CWE-{c}" for c in f.cwe) or "CWE-?"
    return f"{f.path}:{f.region.start_line}:{f.region.start_col}: {cwes} {sev} {f.rule_id}: {f.message}"


def summary_line(report: Report) -> str:
    files = len({f.path for f in report.findings})
    scanned = f"{report.files_scanned} file{'s' * (report.files_scanned != 1)} scanned"
    if not report.findings:
        return f"aiharden: no findings ({scanned}, {report.elapsed:.1f}s)"
    counts = collections.Counter(cwe_catalog.severity_of(f.cwe)[1] for f in report.findings)
    parts = ", ".join(f"{counts[s]} {s}" for s in _ORDER if counts[s])
    n = len(report.findings)
    return f"aiharden: {n} finding{'s' * (n != 1)} ({parts}) in {files} file{'s' * (files != 1)}; {scanned}"


def render_text(report: Report, quiet_when_clean: bool = False) -> str:
    lines = [f"aiharden: {n}" for n in report.notices]
    lines += [finding_line(f) for f in report.findings]
    if report.findings or not quiet_when_clean:
        lines.append(summary_line(report))
    return "\n".join(lines) + ("\n" if lines else "")


def finding_json(f: Finding) -> dict[str, Any]:
    score, sev = cwe_catalog.severity_of(f.cwe)
    return {
        "path": f.path,
        "start_line": f.region.start_line,
        "end_line": f.region.end_line,
        "start_col": f.region.start_col,
        "cwe": list(f.cwe),
        "rule_id": f.rule_id,
        "engine": f.engine,
        "engines": list(f.engines or (f.engine,)),
        "severity": sev,
        "security_severity": score,
        "level": SARIF_LEVEL[sev],
        "message": f.message,
        "snippet": f.snippet,
    }


def render_json(report: Report) -> dict[str, Any]:
    counts = collections.Counter(cwe_catalog.severity_of(f.cwe)[1] for f in report.findings)
    return {
        "findings": [finding_json(f) for f in report.findings],
        "notices": list(report.notices),
        "summary": {
            "command": report.command,
            "findings": len(report.findings),
            "by_severity": {s: counts[s] for s in _ORDER},
            "files_scanned": report.files_scanned,
            "semgrep_engine": report.engine,
            "elapsed_s": round(report.elapsed, 3),
        },
    }
