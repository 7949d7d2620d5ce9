"""The static gate's first rungs for JavaScript and TypeScript, before the re-scan: text no repair of ours would
contain, a rewrite that no longer parses (tree-sitter: no ERROR or MISSING node, with the TypeScript grammar for
.ts and the TSX one for .tsx), one that misses the flagged line, one that empties it."""
from __future__ import annotations

from aiharden.repair.candidates import Candidate
from aiharden.scan.findings import Finding
from aiharden.verify import records as r


def check(c: Candidate, f: Finding, text: str, untrusted: str) -> tuple[str, str, str]:
    """(code, message, new text): code "" when the candidate goes on to the re-scan. untrusted: what the
    language-blind text checks said ("" when nothing)."""
    from aiharden.repair.js.tree import broken
    from aiharden.repair.js.tree import parse

    if untrusted:
        return r.UNTRUSTED, untrusted, ""
    try:
        new = c.apply(text)
    except ValueError:
        return r.UNPARSABLE, "the rewrite does not apply to the file", ""
    bad = broken(parse(new, f.path))
    if bad is not None:
        what = "a missing token" if bad.is_missing else "a syntax error"
        return r.UNPARSABLE, f"the rewrite does not parse ({what} at line {bad.start_point.row + 1})", ""
    main = [e for e in c.edits if e.start_line <= f.region.start_line <= e.end_line]
    if not main and c.source != "codemod":  # a codemod may fix the flagged value where it is defined
        return r.OFF_TARGET, "the rewrite does not touch the flagged line", new
    if c.source != "codemod" and any(not e.text.strip() for e in main):
        return r.DELETES, "the rewrite deletes the flagged statement instead of fixing it", new
    return "", "", new
