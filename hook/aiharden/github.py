"""GitHub Actions mode: the range from the event, a job summary, annotations, step outputs, upload limits."""
from __future__ import annotations

import gzip
import html
import json
import re
import sys
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from typing import TextIO

from aiharden.errors import FatalError

ANNOTATION = {"critical": "error", "high": "error", "medium": "warning", "low": "notice"}
# GitHub code scanning upload limits (docs: "SARIF support for code scanning", file size and object limits)
MAX_GZIP_BYTES = 10 * 1024 * 1024
MAX_RESULTS_PER_RUN = 25_000
MAX_RUNS = 20
MAX_SUMMARY_BYTES = 1024 * 1024  # a step summary above 1 MiB is dropped whole by the runner
_ZERO = "0" * 40


def _event(env: Mapping[str, str]) -> dict[str, Any]:
    path = env.get("GITHUB_EVENT_PATH")
    if not path:
        return {}
    try:
        payload = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise FatalError(f"GITHUB_EVENT_PATH {path}: cannot read the event payload ({e})") from None
    return payload if isinstance(payload, dict) else {}


def default_range(env: Mapping[str, str], base: str | None, head: str | None) -> tuple[str | None, str | None]:
    """The range to scan: explicit revisions win, else the event's.

    pull_request, pull_request_target: the pull request's base and head commits. merge_group:
    base_sha..head_sha. push: before..after; a new branch (before all zeros) scans its last commit
    (after^; a root commit has no parent, so the caller's error asks for --base). Other events: none.
    """
    if base and head:
        return base, head
    event = _event(env)
    name = env.get("GITHUB_EVENT_NAME", "")
    ev_base: str | None = None
    ev_head: str | None = None
    pr = event.get("pull_request")
    if isinstance(pr, dict) and name in ("pull_request", "pull_request_target", ""):
        ev_base, ev_head = pr.get("base", {}).get("sha"), pr.get("head", {}).get("sha")
    elif name == "merge_group" and isinstance(event.get("merge_group"), dict):
        ev_base, ev_head = event["merge_group"].get("base_sha"), event["merge_group"].get("head_sha")
    elif name == "push" and event.get("after") and event["after"] != _ZERO:
        ev_head = event["after"]
        ev_base = event.get("before") if event.get("before") not in (None, _ZERO) else f"{ev_head}^"
    return base or ev_base, head or ev_head


def escape_data(s: str) -> str:
    """A workflow-command message: %, CR and LF are encoded."""
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    """A workflow-command property value: also ':' and ','."""
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def _cwes(f: Mapping[str, Any]) -> str:
    return ",".join(f"CWE-{c}" for c in f.get("cwe") or ()) or "CWE-?"


def annotation(f: Mapping[str, Any]) -> str:
    """One `::error|warning|notice file=…,line=…::message` line for a finding."""
    props = {"file": f["path"], "line": str(f["start_line"]),
             "endLine": str(max(f.get("end_line") or f["start_line"], f["start_line"])),
             "title": f"{_cwes(f)} {f['rule_id']}"}
    message = f["message"]
    repair = f.get("repair") or {}
    if repair.get("status") == "fixed":
        message += f" A verified repair is available ({repair.get('source')}); see the job summary."
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{ANNOTATION.get(f.get('severity', ''), 'warning')} {head}::{escape_data(message)}"


def limit_warnings(log: Mapping[str, Any], gzip_bytes: int | None = None) -> list[str]:
    """What in this SARIF log GitHub's code scanning upload would refuse, one message each."""
    runs = log.get("runs") or []
    out = []
    if gzip_bytes is None:
        gzip_bytes = len(gzip.compress(json.dumps(log).encode(), compresslevel=6))
    if gzip_bytes > MAX_GZIP_BYTES:
        out.append(f"SARIF is {gzip_bytes / 2**20:.1f} MB gzip-compressed; code scanning accepts at most 10 MB")
    if len(runs) > MAX_RUNS:
        out.append(f"SARIF has {len(runs)} runs; code scanning accepts at most {MAX_RUNS}")
    for i, run in enumerate(runs):
        n = len(run.get("results") or ())
        if n > MAX_RESULTS_PER_RUN:
            out.append(f"SARIF run {i} has {n} results; code scanning keeps at most {MAX_RESULTS_PER_RUN:,} per run")
    return out


def _sarif_warnings(sarif_path: str | None) -> list[str]:
    if not sarif_path or not Path(sarif_path).is_file():
        return []
    raw = Path(sarif_path).read_bytes()
    try:
        log = json.loads(raw)
    except ValueError as e:
        return [f"{sarif_path}: not JSON ({e})"]
    return limit_warnings(log, len(gzip.compress(raw, compresslevel=6)))


def introduced_cwes(data: Mapping[str, Any]) -> list[int]:
    """CWEs of the findings on the changed lines: what the change brings in."""
    return sorted({c for f in data.get("findings", ()) for c in f.get("cwe") or ()})


def rejected_cwes(data: Mapping[str, Any]) -> list[int]:
    """CWEs that rejected repair candidates would have introduced (never applied)."""
    out = {c for f in data.get("findings", ()) if (r := f.get("repair")) and r.get("status") != "fixed"
           for c in r.get("introduces_cwe") or ()}
    stats = (data.get("properties") or {}).get("repair") or {}
    for side in stats.get("side_effects") or ():
        out.add(int(str(side.get("introduced", "CWE-0")).removeprefix("CWE-") or 0))
    return sorted(out - {0})


def outputs(data: Mapping[str, Any], sarif_path: str | None, exit_code: int) -> dict[str, str]:
    findings = data.get("findings", ())
    return {
        "sarif": sarif_path if sarif_path and Path(sarif_path).is_file() else "",
        "findings": str(len(findings)),
        "repaired": str(sum(1 for f in findings if (f.get("repair") or {}).get("status") == "fixed")),
        "introduced": ",".join(f"CWE-{c}" for c in introduced_cwes(data)),
        "exit-code": str(exit_code),
    }


_SEVERITIES = ("critical", "high", "medium", "low")
MAX_ROWS = 200  # table rows per section; the SARIF file holds everything
_DETAILS_BUDGET = MAX_SUMMARY_BYTES // 2


def _cell(value: object) -> str:
    return html.escape(str(value), quote=False).replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _cwe_links(cwes: Sequence[int]) -> str:
    return ", ".join(f"[CWE-{c}](https://cwe.mitre.org/data/definitions/{c}.html)" for c in cwes) or "none"


def _provenance(provs: Sequence[Mapping[str, Any]]) -> list[str]:
    lines = ["### Provenance", ""]
    if not provs:
        return [*lines, "No commits in the range.", ""]
    lines += ["| commit | verdict | confidence | evidence |", "| --- | --- | --- | --- |"]
    for p in provs[:MAX_ROWS]:
        subject = str(p.get("subject", ""))
        name = f"`{subject[:12]}`" if len(subject) == 40 else _cell(subject)
        title = f" {_cell(p['title'])}" if p.get("title") else ""
        verdict = "**AI-authored**" if p.get("ai") else ("weak AI signal" if p.get("evidence") else "no AI signal")
        if p.get("tools"):
            verdict += f" ({_cell(', '.join(p['tools']))})"
        evidence = "<br>".join(f"{_cell(e.get('source'))} {_cell(e.get('signal'))}: {_cell(e.get('matched'))} "
                               f"({float(e.get('weight', 0)):.2f})" for e in p.get("evidence") or ())
        lines.append(f"| {name}{title} | {verdict} | {float(p.get('confidence', 0)):.2f} | "
                     f"{evidence or _cell(p.get('summary', ''))} |")
    if len(provs) > MAX_ROWS:
        lines.append(f"\n{len(provs) - MAX_ROWS} more commits not shown.")
    return [*lines, ""]


def _location(f: Mapping[str, Any]) -> str:
    end = f.get("end_line") or f["start_line"]
    return f"{f['path']}:{f['start_line']}" + (f"-{end}" if end > f["start_line"] else "")


def _repair_cell(r: Mapping[str, Any] | None) -> str:
    if r is None:
        return "not attempted"
    if r.get("status") == "fixed":
        return f"verified ({_cell(r.get('source'))})"
    return f"none: {_cell(r.get('reason') or r.get('status'))}"


def _findings(findings: Sequence[Mapping[str, Any]]) -> list[str]:
    lines = ["### Findings", "", "| severity | CWE | rule | location | repair |", "| --- | --- | --- | --- | --- |"]
    for f in findings[:MAX_ROWS]:
        lines.append(f"| {_cell(f.get('severity'))} | {_cell(_cwes(f))} | `{_cell(f['rule_id'])}` | "
                     f"`{_cell(_location(f))}` | {_repair_cell(f.get('repair'))} |")
    if len(findings) > MAX_ROWS:
        lines.append(f"\n{len(findings) - MAX_ROWS} more findings in the SARIF file.")
    return [*lines, ""]


def _repairs(findings: Sequence[Mapping[str, Any]]) -> list[str]:
    fixed = [f for f in findings if (f.get("repair") or {}).get("status") == "fixed" and f["repair"].get("patch")]
    if not fixed:
        return []
    lines, size = ["### Verified repairs", ""], 0
    for i, f in enumerate(fixed):
        r = f["repair"]
        patch = str(r["patch"]).rstrip("\n")
        fence = "`" * max(3, 1 + max((len(m) for m in re.findall(r"`+", patch)), default=0))
        block = [f"<details><summary>{_cell(_location(f))}: {_cell(_cwes(f))} {_cell(f['rule_id'])}, repaired by "
                 f"{_cell(r.get('source'))} <code>{_cell(r.get('name') or '')}</code>; fixes "
                 f"{_cell(', '.join(f'CWE-{c}' for c in r.get('fixes_cwe') or ()) or 'the finding')}, "
                 f"introduces nothing</summary>", "", f"{fence}diff", patch, fence, "", "</details>", ""]
        size += sum(len(line) + 1 for line in block)
        if size > _DETAILS_BUDGET:
            lines.append(f"{len(fixed) - i} more verified repairs in the SARIF file (fixes[]).")
            break
        lines += block
    return lines


def _stats(stats: Mapping[str, Any]) -> list[str]:
    if not stats:
        return []
    sources = ", ".join(f"{k} {v}" for k, v in (stats.get("by_source") or {}).items())
    lines = ["### Repair statistics", "", "| findings | repaired | by source | candidates checked | model |",
             "| --- | --- | --- | --- | --- |",
             f"| {stats.get('findings', 0)} | {stats.get('repaired', 0)} | {_cell(sources) or '-'} | "
             f"{stats.get('candidates', '-')} | {_cell(stats.get('model', '-'))} |", ""]
    rejected = stats.get("rejected_by_reason") or {}
    if rejected:
        lines += ["Rejected candidates by reason:", "", *(f"- {_cell(k)}: {v}" for k, v in rejected.items()), ""]
    side = stats.get("side_effects") or ()
    if side:
        lines += ["Side effects of candidates (rejected, never applied):", "", "| fixing | introduced | candidates |",
                  "| --- | --- | --- |",
                  *(f"| {_cell(s.get('fixing'))} | {_cell(s.get('introduced'))} | {s.get('candidates')} |"
                    for s in side), ""]
    return lines


def summary(data: Mapping[str, Any], *, exit_code: int, warnings: Sequence[str] = ()) -> str:
    """The Markdown job summary of one run."""
    findings = data.get("findings") or []
    props = data.get("properties") or {}
    provs = data.get("provenance") or props.get("provenance") or []
    verdict = f"**fails** (exit {exit_code})" if exit_code else "passes (exit 0)"
    if (data.get("summary") or {}).get("scanned") is False:
        lines = ["## aiharden: not scanned", "",
                 f"No AI signal in the {len(provs)} commit{'s' * (len(provs) != 1)} of the range (scope ai); a "
                 "missing trailer does not prove human authorship: `scope: all` scans every change. "
                 f"The check {verdict}.", ""]
        return "\n".join([*lines, *_provenance(provs)]) + "\n"
    counts = {s: sum(1 for f in findings if f.get("severity") == s) for s in _SEVERITIES}
    parts = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    n = len(findings)
    head = f"## aiharden: {n} finding{'s' * (n != 1)}" + (f" ({parts})" if parts else "")
    scope = "the AI-authored changes" if props.get("scope", "ai") == "ai" else "every change"
    lines = [head, "", f"Scanned {scope} of the range; the check {verdict}.", ""]
    lines += [f"> [!WARNING]\n> {_cell(w)}" for w in warnings] + ([""] if warnings else [])
    lines += _provenance(provs)
    if findings:
        lines += _findings(findings)
    lines += _repairs(findings)
    lines += ["### CWEs introduced", "", f"- by the change (findings on the lines it touched): "
              f"{_cwe_links(introduced_cwes(data))}",
              f"- by rejected repair candidates (never applied): {_cwe_links(rejected_cwes(data))}", ""]
    lines += _stats(props.get("repair") or {})
    notices = data.get("notices") or []
    if notices:
        lines += ["### Notices", "", *(f"- {_cell(x)}" for x in notices[:MAX_ROWS]), ""]
    text = "\n".join(lines) + "\n"
    if len(text.encode()) > MAX_SUMMARY_BYTES:
        text = text.encode()[:MAX_SUMMARY_BYTES - 200].decode(errors="ignore")
        text += "\n\n(summary cut at GitHub's 1 MiB step summary limit; the SARIF file has everything)\n"
    return text


def _append(path: str | None, text: str) -> None:
    if not path:
        return
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(text)


def publish(data: dict[str, Any], *, sarif_path: str | None, env: Mapping[str, str], exit_code: int,
            stream: TextIO | None = None) -> None:
    """Annotations (on stdout, or stream: stderr keeps a JSON report on stdout clean), the job summary,
    step outputs, and upload-limit warnings."""
    out = stream or sys.stdout
    for f in data.get("findings", ()):
        print(annotation(f), file=out)
    warnings = _sarif_warnings(sarif_path)
    for w in warnings:
        print(f"::warning title=aiharden SARIF upload limits::{escape_data(w)}", file=out)
    _append(env.get("GITHUB_STEP_SUMMARY"), summary(data, exit_code=exit_code, warnings=warnings))
    _append(env.get("GITHUB_OUTPUT"), "".join(f"{k}={v}\n" for k, v in outputs(data, sarif_path, exit_code).items()))
