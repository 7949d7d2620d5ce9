"""A rewritten string literal laid out like the one it replaces: one piece per line of an implicit concatenation."""
from __future__ import annotations

from collections.abc import Callable

import libcst as cst

from aiharden.repair.codemods.strings import Value
from aiharden.repair.codemods.strings import flatten
from aiharden.repair.codemods.strings import quote_of
from aiharden.repair.codemods.strings import quote_str


def layout_like(old: cst.BaseExpression, text: str, escape: Callable[[str], str]) -> cst.BaseExpression:
    """A plain literal for text; split where old's adjacent literals split when their text is still there.

    escape maps original text to how it reads in the new text (e.g. "%" doubled).
    """
    single = cst.parse_expression(quote_str(text, quote_of(old)))
    concat = _concatenation(old)
    if concat is None:
        return single
    parts, gaps = _pieces(concat)
    cuts = [0]
    for part in parts[1:]:
        t = flatten(part)
        anchor = ""
        for p in t or []:
            if isinstance(p, Value):
                break
            anchor += p.split("'", 1)[0] if "'" in p else p
            if "'" in p:
                break
        at = text.find(escape(anchor), cuts[-1] + 1) if anchor.strip() else -1
        if at < 0:
            return single
        cuts.append(at)
    cuts.append(len(text))
    pieces = [
        cst.parse_expression(quote_str(text[a:b], quote_of(part))) for a, b, part in zip(cuts, cuts[1:], parts)
    ]
    node = pieces[-1]
    for gap, piece in reversed(list(zip(gaps, pieces[:-1]))):
        assert isinstance(piece, cst.SimpleString) and isinstance(node, (cst.SimpleString, cst.ConcatenatedString))
        node = cst.ConcatenatedString(left=piece, right=node, whitespace_between=gap)
    return node.with_changes(lpar=old.lpar, rpar=old.rpar)


def _concatenation(expr: cst.BaseExpression) -> cst.ConcatenatedString | None:
    """The implicit concatenation that holds the SQL text of a %, .format() or f-string expression."""
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Modulo):
        expr = expr.left
    elif isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute):
        expr = expr.func.value
    return expr if isinstance(expr, cst.ConcatenatedString) and not expr.lpar else None


def _pieces(node: cst.ConcatenatedString) -> tuple[list[cst.BaseString], list[cst.BaseParenthesizableWhitespace]]:
    left = node.left
    parts: list[cst.BaseString] = []
    gaps: list[cst.BaseParenthesizableWhitespace] = []
    if isinstance(left, cst.ConcatenatedString):
        parts, gaps = _pieces(left)
    else:
        parts = [left]
    right = node.right
    if isinstance(right, cst.ConcatenatedString):
        more, more_gaps = _pieces(right)
        return [*parts, *more], [*gaps, node.whitespace_between, *more_gaps]
    return [*parts, right], [*gaps, node.whitespace_between]
