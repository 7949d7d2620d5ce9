r"""A regular expression literal with a nested quantifier (CWE-1333, ReDoS) → the same language written without
ambiguity: `/^([a-z0-9]+\.?)+$/` → `/^[a-z0-9]+(?:\.[a-z0-9]+)*\.?$/`. The rewrite algebra is the Python codemod's
(repair/codemods/regexes.py), applied to the literal's pattern; a capturing group goes only when the code never
reads groups of that expression (every use is `.test(...)`)."""
from __future__ import annotations

import re

from tree_sitter import Node

from aiharden.repair.codemods import regexes as algebra
from aiharden.repair.js.tree import Draft
from aiharden.repair.js.tree import Source
from aiharden.repair.js.tree import references

_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "g": 0, "y": 0, "d": 0, "u": 0}


def unambiguous(pattern: str, flags: int) -> tuple[str, int] | None:
    """(the pattern rewritten, capturing groups dropped); None when no group could be rewritten."""
    tokens = algebra._tokens(pattern)
    source = algebra._Source([(c, c) for c in pattern])
    if tokens is None or any(t.kind in ("scoped", "flags") for t in tokens):
        return None
    pieces: list[str] = []
    done = dropped = 0
    for open_at, close_at in algebra._candidates(tokens):
        form = algebra._form(tokens, open_at, close_at, source, flags, False)
        kept = source.text(done, tokens[open_at].start) if form is not None else None
        if form is None or kept is None:
            continue
        pieces += [kept, form]
        done = tokens[close_at + 1].end
        dropped += tokens[open_at].kind in algebra._CAPTURING
    if done == 0:
        return None
    new = "".join(pieces) + pattern[done:]
    if dropped and any(t.kind in ("ref", "cond") for t in tokens):
        return None
    try:
        before, after = re.compile(pattern, flags), re.compile(new, flags)
    except re.error:
        return None
    return (new, dropped) if after.groups == before.groups - dropped else None


def _only_tested(src: Source, lit: Node) -> bool:
    """Whether the code only asks the expression yes or no (`.test(...)`): no group is ever read."""
    uses = [lit]
    holder = lit.parent
    if holder is not None and holder.type == "variable_declarator":
        name = holder.child_by_field_name("name")
        if name is None or name.type != "identifier":
            return False
        uses = [r for r in references(src, src.t(name)) if r != name]
    for u in uses:
        member = u.parent
        if member is None or member.type != "member_expression" or src.t(
                member.child_by_field_name("property") or member) != "test":
            return False
    return bool(uses)


def propose(src: Source, start: int, end: int) -> list[tuple[str, Draft]]:
    for lit in src.on_lines(("regex",), start, end):
        pattern = lit.child_by_field_name("pattern")
        flag_node = lit.child_by_field_name("flags")
        letters = src.t(flag_node) if flag_node is not None else ""
        if pattern is None or any(ch not in _FLAGS for ch in letters):
            continue
        flags = 0
        for ch in letters:
            flags |= _FLAGS[ch]
        done = unambiguous(src.t(pattern), flags)
        if done is None or (done[1] and not _only_tested(src, lit)):
            continue
        d = Draft(src)
        d.replace(pattern, done[0])
        return [("js-regex-unambiguous", d)]
    return []
