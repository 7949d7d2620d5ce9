"""What reports say about repairs: per finding, its repair record, patch and SARIF extras."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiharden import fixer
from aiharden import sarif
from aiharden.pipeline import SECRET_CWES
from aiharden.pipeline import Report
from aiharden.repair_stage import RepairRun
from aiharden.verify.records import ProbeNote


def _has_secret(report: Report, path: str) -> bool:
    return any(SECRET_CWES.intersection(g.cwe) for g in report.all_findings.get(path, ()))


def repair_record(report: Report, run: RepairRun | None, i: int) -> dict[str, Any] | None:
    """The JSON `repair` field of finding i: None when repair was off."""
    if run is None or i >= len(run.repairs):
        return None
    r = run.repairs[i]
    f = report.findings[i]
    record: dict[str, Any] = {"status": r.status, "source": None, "name": None, "verification": None, "patch": None,
                              "fixes_cwe": [], "introduces_cwe": [], "reason": r.reason, "code": r.code,
                              "left": list(r.left), "tests_ok": None, "probe": None}
    if r.chosen is not None:
        text = report.texts[f.path]
        new = r.chosen.candidate.apply(text)
        record.update(source=r.chosen.candidate.source, name=r.chosen.candidate.name, verification=r.chosen.level,
                      patch=fixer.unified_diff(f.path, text, new, redact=_has_secret(report, f.path)),
                      fixes_cwe=list(r.chosen.fixes_cwe),
                      introduces_cwe=list(r.chosen.introduces_cwe), tests_ok=r.chosen.tests_ok,
                      probe=probe_json(r.chosen.probe))
    else:
        # the side effects of the rejected candidates: what "fixing" this would have broken
        record["introduces_cwe"] = sorted({c for v in r.verdicts for c in v.introduces_cwe})
    return record


def probe_json(note: ProbeNote | None) -> dict[str, Any] | None:
    if note is None:
        return None
    return {"family": note.family, "status": note.status, "message": note.message, "exploit": note.shown,
            "payloads": list(note.payloads), "seconds": note.seconds}


def sarif_extras(report: Report, run: RepairRun | None) -> dict[int, Mapping[str, Any]]:
    extras: dict[int, Mapping[str, Any]] = {}
    for i, f in enumerate(report.findings):
        record = repair_record(report, run, i)
        props: dict[str, Any] = {}
        if (ai := report.ai_authored(f)) is not None:
            props["ai_authored"] = ai
        if record is not None:
            props["repair"] = {k: record[k] for k in ("status", "source", "verification", "fixes_cwe",
                                                      "introduces_cwe", "reason", "code", "left", "probe")}
        extra: dict[str, Any] = {"properties": props}
        if i < len(report.baseline_state):
            extra["baseline_state"] = report.baseline_state[i]
        if record is None:
            extras[i] = extra
            continue
        r = run.repairs[i] if run else None
        if r is not None and r.chosen is not None:
            c = r.chosen.candidate
            extra["fixes"] = [sarif.fix(f.path, report.texts[f.path], c.edits,
                                        f"Verified repair ({c.source}: {c.name}; verified: {r.chosen.level})")]
            extra["message_suffix"] = f" A verified repair is available ({c.source}, verified: {r.chosen.level})."
        extras[i] = extra
    return extras
