"""bandit in-process over the temp tree; its coarse CWE ids are remapped to precise ones."""
from __future__ import annotations

import logging
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiharden import cwe as cwe_catalog
from aiharden.scan.findings import Finding
from aiharden.scan.findings import Region
from aiharden.scan.semgrep import cache_dir
from aiharden.scan.semgrep import safe_message
from aiharden.scan.semgrep import snippet
from aiharden.util import cache_home

# Tests that fire on the safe forms our repairs produce (subprocess with an argument list,
# the import of subprocess/pickle) or that our own rules cover with better precision: hard-coded
# passwords (B105-B107: secrets rules), every exec() and eval(), constants and compiled code objects
# included (B102, B307: exec-call, eval-call), every "0.0.0.0" string, comparisons included (B104:
# bind-all-interfaces reads what a socket binds), every MD5 and SHA-1 call, cache keys and ETags
# included (B324: md5-hash, sha1-hash, weak-hash-imported), and every Markup() call, constants
# included (B704: markup-from-format reports Markup of text formatted from request data).
DEFAULT_SKIP = ("B101", "B102", "B104", "B105", "B106", "B107", "B307", "B324", "B403", "B404", "B603", "B607",
                "B704")


@dataclass(frozen=True)
class BanditRun:
    findings: tuple[Finding, ...]
    errors: tuple[str, ...]
    skipped: tuple[str, ...] = ()  # files bandit could not read: their results are not cached


def digest(skip: Sequence[str]) -> str:
    """What a cached bandit result depends on besides the file: bandit's and aiharden's versions, the tests
    skipped, and the CWE tables that remap bandit's ids and messages."""
    import hashlib

    from aiharden import __version__
    from aiharden.scan.cache import package_version

    h = hashlib.sha256(f"bandit\0{package_version('bandit')}\0{__version__}\0{','.join(sorted(skip))}".encode())
    for table in sorted((Path(cwe_catalog.__file__).parent / "data").glob("*.json")):
        h.update(b"\0" + table.read_bytes())
    return h.hexdigest()


def to_record(f: Finding) -> dict[str, Any]:
    """A finding as the result cache keeps it (the path is the cache's own)."""
    r = f.region
    return {"path": f.path, "rule_id": f.rule_id, "cwe": list(f.cwe), "message": f.message,
            "region": [r.start_line, r.start_col, r.end_line, r.end_col], "snippet": f.snippet,
            "confidence": f.confidence, "tool_severity": f.tool_severity}


def from_record(rec: dict[str, Any]) -> Finding:
    return Finding(path=rec["path"], rule_id=rec["rule_id"], engine="bandit", cwe=tuple(rec["cwe"]),
                   message=rec["message"], region=Region(*rec["region"]), snippet=rec["snippet"],
                   confidence=rec["confidence"], tool_severity=rec["tool_severity"])


def run(root: Path, texts: Mapping[str, str], skip: Sequence[str] = DEFAULT_SKIP) -> BanditRun:
    with cache_home(cache_dir()):
        from bandit.core import config as b_config
        from bandit.core import manager as b_manager

    logging.getLogger("bandit").setLevel(logging.CRITICAL)
    conf = b_config.BanditConfig()
    mgr = b_manager.BanditManager(conf, "file", quiet=True)
    if skip:
        from bandit.core import test_set

        profile = {"include": set(), "exclude": set(skip)}
        mgr.b_ts = test_set.BanditTestSet(conf, profile=profile)
    by_abs = {str(root / p): p for p in texts}
    mgr.discover_files(sorted(by_abs), recursive=False)
    mgr.run_tests()
    findings = []
    for issue in mgr.get_issue_list():
        path = by_abs.get(issue.fname)
        if path is None:
            continue
        lines = issue.linerange or [issue.lineno]
        end_col = (issue.end_col_offset or 0) + 1 if len(lines) == 1 else 0
        region = Region(issue.lineno, issue.col_offset + 1, max(lines), end_col)
        reported = issue.cwe.id if issue.cwe and issue.cwe.id else None
        cwe = cwe_catalog.bandit_cwe(issue.test_id, reported)
        findings.append(Finding(
            path=path,
            rule_id=issue.test_id,
            engine="bandit",
            cwe=(cwe,) if cwe else (),  # a test with no CWE at all: reported without one
            # our own wording where we have it, bandit's for a test we do not know
            message=safe_message(f"{cwe_catalog.bandit_message(issue.test_id) or issue.text} ({issue.test})", (cwe,)),
            region=region,
            snippet=snippet(texts[path], region),
            confidence=str(issue.confidence).upper(),
            tool_severity=str(issue.severity).upper(),
        ))
    errors = tuple(f"{by_abs.get(fname, fname)}: bandit skipped it: {reason}" for fname, reason in mgr.skipped)
    return BanditRun(tuple(findings), errors, tuple(by_abs.get(fname, fname) for fname, _ in mgr.skipped))
