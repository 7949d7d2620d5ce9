"""SARIF 2.1.0, built on sarif-om, fit for GitHub code scanning."""
from __future__ import annotations

import hashlib
import json
import urllib.parse
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiharden import __version__
from aiharden import cwe as cwe_catalog
from aiharden import rulemeta
from aiharden.scan.findings import Finding
from aiharden.util import lines_with_ends
from aiharden.util import split_lines

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/aiharden/aiharden"
MAX_RESULTS = 25_000  # GitHub's limit per run
SARIF_LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}
_DROP_DEFAULTS = {"id", "language", "newline_sequences", "contents", "kind", "rank", "rule_index", "index",
                  "byte_offset", "char_offset"}


def to_jsonable(obj: Any) -> Any:
    """sarif-om objects → plain JSON: schema property names, unset fields dropped."""
    import attr

    if attr.has(type(obj)):
        out = {}
        for a in attr.fields(type(obj)):
            value = getattr(obj, a.name)
            if value is None:
                continue
            default = a.default.factory() if isinstance(a.default, attr.Factory) else a.default  # type: ignore[arg-type]
            if a.name in _DROP_DEFAULTS and value == default:
                continue
            out[a.metadata.get("schema_property_name", a.name)] = to_jsonable(value)
        return out
    if isinstance(obj, Mapping):
        return {k: to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    return obj


def relative_uri(path: str) -> str:
    """A URI reference relative to %SRCROOT%: never absolute, whatever the path."""
    return urllib.parse.quote(path.lstrip("/")) or "."


def cwe_tag(cwe: int) -> str:
    return f"external/cwe/cwe-{cwe:03d}"


def line_hash(f: Finding, text_line: str) -> str:
    """Stable when lines move: the rule and the whitespace-normalised flagged line, not its number."""
    norm = " ".join(text_line.split())
    return hashlib.sha256(f"{f.rule_id}\0{norm}".encode()).hexdigest()[:32]


def rule_descriptor(rule_id: str, f: Finding) -> Any:
    import sarif_om as s

    meta = rulemeta.describe(rule_id, f)
    score, _ = f.severity()
    cwes = f.cwe or (0,)
    return s.ReportingDescriptor(
        id=rule_id,
        name=meta.name,
        short_description=s.MultiformatMessageString(text=meta.short),
        full_description=s.MultiformatMessageString(text=meta.full),
        help=s.MultiformatMessageString(text=meta.help_text, markdown=meta.help_markdown),
        help_uri=f"https://cwe.mitre.org/data/definitions/{cwes[0]}.html",
        default_configuration=s.ReportingConfiguration(level=SARIF_LEVEL[cwe_catalog.level(score)]),
        properties={
            "tags": list(dict.fromkeys(["security", *(cwe_tag(c) for c in f.cwe)])),
            "security-severity": f"{score:.1f}",
            "precision": {"HIGH": "high", "MEDIUM": "medium", "LOW": "low"}.get(f.confidence, "medium"),
            "problem.severity": {"critical": "error", "high": "error"}.get(cwe_catalog.level(score), "warning"),
        },
    )


def _result(f: Finding, index: int, fingerprint: str, extra: Mapping[str, Any]) -> Any:
    import sarif_om as s

    score, severity = f.severity()
    cwe_text = ", ".join(f"CWE-{c}" for c in f.cwe)
    region = s.Region(start_line=f.region.start_line, start_column=f.region.start_col)
    if f.region.end_line >= f.region.start_line:
        region.end_line = f.region.end_line
        if f.region.end_col > 0 and (f.region.end_line > f.region.start_line or f.region.end_col > f.region.start_col):
            region.end_column = f.region.end_col
    if f.snippet:
        region.snippet = s.ArtifactContent(text=f.snippet)
    props: dict[str, Any] = {"cwe": [f"CWE-{c}" for c in f.cwe], "security-severity": f"{score:.1f}",
                             "severity": severity, "engines": list(f.engines or (f.engine,))}
    props.update(extra.get("properties", {}))
    result = s.Result(
        rule_id=f.rule_id,
        rule_index=index,
        level=SARIF_LEVEL[severity],
        message=s.Message(text=f"{cwe_text} ({severity}): {f.message}{extra.get('message_suffix', '')}"),
        locations=[s.Location(physical_location=s.PhysicalLocation(
            artifact_location=s.ArtifactLocation(uri=relative_uri(f.path), uri_base_id="%SRCROOT%"),
            region=region,
        ))],
        partial_fingerprints={"primaryLocationLineHash": fingerprint},
        properties=props,
    )
    for key in ("baseline_state", "fixes"):
        if key in extra:
            setattr(result, key, extra[key])
    return result


def fix(path: str, text: str, edits: Sequence[Any], description: str) -> Any:
    """A SARIF fix: whole-line replacements (an insertion is an empty deleted region)."""
    import sarif_om as s

    lines = lines_with_ends(text)
    replacements = []
    for e in sorted(edits, key=lambda e: e.start_line):
        if e.end_line < e.start_line:
            region = s.Region(start_line=e.start_line, start_column=1, end_line=e.start_line, end_column=1)
        else:
            last = lines[e.end_line - 1].rstrip("\r\n") if e.end_line <= len(lines) else ""
            region = s.Region(start_line=e.start_line, start_column=1, end_line=e.end_line,
                              end_column=len(last) + 1)
        inserted = e.text if e.end_line < e.start_line else e.text.rstrip("\r\n")
        replacements.append(s.Replacement(deleted_region=region, inserted_content=s.ArtifactContent(text=inserted)))
    return s.Fix(
        description=s.Message(text=description),
        artifact_changes=[s.ArtifactChange(
            artifact_location=s.ArtifactLocation(uri=relative_uri(path), uri_base_id="%SRCROOT%"),
            replacements=replacements,
        )],
    )


def build(
    findings: Sequence[Finding],
    *,
    texts: Mapping[str, str] | None = None,
    notices: Sequence[str] = (),
    root: Path | None = None,
    category: str | None = None,
    run_properties: Mapping[str, Any] | None = None,
    result_extras: Mapping[int, Mapping[str, Any]] | None = None,
    absent: Sequence[Finding] = (),
    incomplete: Sequence[str] = (),
) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict; result_extras is keyed by the finding's index in findings.
    incomplete: why an engine stopped early; the invocation is then not successful, so no clean result is implied."""
    import sarif_om as s

    order = sorted(range(len(findings)), key=lambda i: -findings[i].severity()[0])
    kept = sorted(order[:MAX_RESULTS])
    rules: dict[str, int] = {}
    descriptors: list[Any] = []
    results: list[Any] = []
    seen: dict[str, int] = {}
    for i in kept:
        f = findings[i]
        if f.rule_id not in rules:
            rules[f.rule_id] = len(descriptors)
            descriptors.append(rule_descriptor(f.rule_id, f))
        lines = split_lines((texts or {}).get(f.path, f.snippet))
        line = lines[f.region.start_line - 1] if texts and len(lines) >= f.region.start_line else f.snippet
        base = line_hash(f, line)
        seen[f.path + base] = seen.get(f.path + base, 0) + 1
        results.append(_result(f, rules[f.rule_id], f"{base}:{seen[f.path + base]}",
                               (result_extras or {}).get(i, {})))
    for f in absent:  # what the change removed: results of the base, marked absent
        if f.rule_id not in rules:
            rules[f.rule_id] = len(descriptors)
            descriptors.append(rule_descriptor(f.rule_id, f))
        base = line_hash(f, (split_lines(f.snippet) or [""])[0])
        results.append(_result(f, rules[f.rule_id], f"{base}:1", {
            "baseline_state": "absent", "message_suffix": " Removed by this change."}))
    props = dict(run_properties or {})
    notifications = [s.Notification(message=s.Message(text=f"scan incomplete: {n}"), level="error") for n in incomplete]
    notifications += [s.Notification(message=s.Message(text=n), level="warning") for n in notices]
    if len(findings) > len(kept):
        dropped = len(findings) - len(kept)
        props["truncated"] = dropped
        notifications.append(s.Notification(
            message=s.Message(text=f"{dropped} less severe results left out (GitHub accepts {MAX_RESULTS} per run)"),
            level="warning"))
    run = s.Run(
        tool=s.Tool(driver=s.ToolComponent(
            name="aiharden", version=__version__, semantic_version=__version__,
            information_uri=INFO_URI, rules=descriptors,
        )),
        results=results,
        invocations=[s.Invocation(execution_successful=not incomplete,
                                  tool_execution_notifications=notifications or None)],
        column_kind="unicodeCodePoints",
        properties=props or None,
    )
    if root is not None:
        run.original_uri_base_ids = {"%SRCROOT%": {"uri": root.resolve().as_uri() + "/"}}
    if category:
        run.automation_details = s.RunAutomationDetails(id=f"{category}/")
    log = to_jsonable(s.SarifLog(version="2.1.0", runs=[run], schema_uri=SCHEMA))
    return {"$schema": SCHEMA, **{k: v for k, v in log.items() if k != "$schema"}}


def write(path: Path, log: Mapping[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(log, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
