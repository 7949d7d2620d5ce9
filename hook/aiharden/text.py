"""Terminal and JSON reports."""
from __future__ import annotations

import collections
from collections.abc import Sequence
from typing import Any

from aiharden.pipeline import Report
from aiharden.sarif import SARIF_LEVEL
from aiharden.scan.findings import Finding
from aiharden.util import printable_path

_ORDER = ("critical", "high", "medium", "low")


def finding_line(f: Finding) -> str:
    _, sev = f.severity()
    cwes = ",".join(f"CWE-{c}" for c in f.cwe) or "CWE-?"
    return f"{printable_path(f.path)}:{f.region.start_line}:{f.region.start_col}: {cwes} {sev} {f.rule_id}: {f.message}"


def summary_line(report: Report, records: Sequence[dict[str, Any] | None] = ()) -> str:
    files = len({f.path for f in report.findings})
    scanned = f"{report.files_scanned} file{'s' * (report.files_scanned != 1)} scanned" + \
        (" INCOMPLETELY: " + "; ".join(report.incomplete) if report.incomplete else "")
    if not report.findings:
        return f"aiharden: no findings ({scanned}, {report.elapsed:.1f}s)"
    counts = collections.Counter(f.severity()[1] for f in report.findings)
    parts = ", ".join(f"{counts[s]} {s}" for s in _ORDER if counts[s])
    n = len(report.findings)
    repaired = sum(1 for r in records if r and r["status"] in ("fixed", "partial"))
    rep = f"; {repaired} with a verified repair" if any(records) else ""
    return f"aiharden: {n} finding{'s' * (n != 1)} ({parts}) in {files} file{'s' * (files != 1)}{rep}; {scanned}"


_VERIFIED = {
    "exploit": "verified: exploit blocked, benign behaviour unchanged",
    "tests": "verified: the project's tests pass",
    "static": "verified statically only: no probe could show the exploit, no test judged it",
}


def _repair_lines(record: dict[str, Any] | None) -> list[str]:
    if record is None:
        return []
    if record["status"] not in ("fixed", "partial"):
        side = ", ".join(f"CWE-{c}" for c in record["introduces_cwe"])
        extra = f" (rejected candidates would have introduced {side})" if side and side not in record["reason"] else ""
        return [f"    no verified repair: {record['reason']}{extra}"]
    fixes = ", ".join(f"CWE-{c}" for c in record["fixes_cwe"]) or "the finding"
    verified = _VERIFIED.get(record["verification"] or "static", "")
    if record["verification"] == "static" and not record.get("probe"):  # no probe ran (JavaScript, --no-probe)
        verified = "verified statically only: no exploit probe ran, no test judged it"
    head = f"    repair ({record['source']}: {record['name']}) fixes {fixes}, introduces nothing; {verified}:"
    lines = [head]
    probe = record.get("probe") or {}
    if probe.get("status") == "blocked" and probe.get("exploit"):
        lines.append(f"    probe ({probe['family']}): on the original {probe['exploit']}; the repair blocks all "
                     f"{len(probe.get('payloads', []))} payloads")
    elif probe.get("message") and record["verification"] == "static":
        lines.append(f"    probe ({probe.get('family') or 'none'}): not probed, {probe['message']}")
    if record["status"] == "partial":
        lines.append(f"    partial: {record['reason']}")
    return lines + ["    " + ln for ln in record["patch"].rstrip("\n").splitlines()]


def render_text(report: Report, records: Sequence[dict[str, Any] | None] = (), changed: Sequence[str] = (),
                quiet_when_clean: bool = False) -> str:
    lines = [f"aiharden: {n}" for n in report.notices]
    for i, f in enumerate(report.findings):
        lines.append(finding_line(f))
        lines += _repair_lines(records[i] if i < len(records) else None)
    if report.findings or report.incomplete or not quiet_when_clean:
        lines.append(summary_line(report, records))
    lines += [f"aiharden: fixed {path} (review the change and stage it again)" for path in changed]
    return "\n".join(lines) + ("\n" if lines else "")


def finding_json(f: Finding) -> dict[str, Any]:
    score, sev = f.severity()
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


def render_json(report: Report, records: Sequence[dict[str, Any] | None] = (),
                changed: Sequence[str] = ()) -> dict[str, Any]:
    counts = collections.Counter(f.severity()[1] for f in report.findings)
    findings = [finding_json(f) for f in report.findings]
    for i, item in enumerate(findings):
        item["repair"] = records[i] if i < len(records) else None
        if i < len(report.baseline_state):
            item["baseline_state"] = report.baseline_state[i]
    return {
        "findings": findings,
        "fixed_files": list(changed),
        "absent": [finding_json(f) for f in report.absent],
        "properties": dict(report.run_properties),
        "notices": list(report.notices),
        "summary": {
            "command": report.command,
            "findings": len(report.findings),
            "by_severity": {s: counts[s] for s in _ORDER},
            "files_scanned": report.files_scanned,
            "semgrep_engine": report.engine,
            "elapsed_s": round(report.elapsed, 3),
            "scanned": True,
            "complete": not report.incomplete,
            "incomplete": list(report.incomplete),
        },
    }


def skipped_json(command: str, notice: str, properties: dict[str, Any]) -> dict[str, Any]:
    """A run that scanned nothing (no AI signal), with the keys of every other run's JSON."""
    return {
        "findings": [], "fixed_files": [], "absent": [], "properties": properties, "notices": [notice],
        "summary": {"command": command, "findings": 0, "by_severity": {s: 0 for s in _ORDER}, "files_scanned": 0,
                    "semgrep_engine": None, "elapsed_s": 0.0, "scanned": False, "complete": True, "incomplete": []},
    }
