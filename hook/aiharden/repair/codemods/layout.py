"""Layout of rewritten code: literals split like the ones they replace, long calls one argument per line."""
from __future__ import annotations

from collections.abc import Callable
from typing import cast

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


WIDTH = 100


def one_arg_per_line(stmt: cst.BaseStatement, indent: str) -> cst.BaseStatement:
    """stmt with the single-line call that has the longest argument list laid out one argument per line."""
    calls = _Calls()
    stmt.visit(calls)
    if not calls.found:
        return stmt
    call = max(calls.found, key=lambda c: sum(len(_CODE.code_for_node(a)) for a in c.args))

    def ws(extra: str) -> cst.ParenthesizedWhitespace:
        return cst.ParenthesizedWhitespace(indent=True, last_line=cst.SimpleWhitespace(extra))

    args = [
        a.with_changes(comma=cst.Comma(whitespace_after=ws(indent)), whitespace_after_arg=cst.SimpleWhitespace(""))
        for a in call.args
    ]
    bare_generator = len(args) == 1 and isinstance(args[0].value, cst.GeneratorExp) and not args[0].value.lpar
    # a lone generator argument takes no trailing comma: `f(x for x in y,)` does not parse
    last = cst.MaybeSentinel.DEFAULT if bare_generator else cst.Comma()
    args[-1] = args[-1].with_changes(comma=last, whitespace_after_arg=ws("") if bare_generator else cst.SimpleWhitespace(""))
    if not bare_generator:
        args[-1] = args[-1].with_changes(comma=cst.Comma(whitespace_after=ws("")))
    wrapped = call.with_changes(whitespace_before_args=ws(indent), args=args)
    return cast(cst.BaseStatement, stmt.deep_replace(call, wrapped))


_CODE = cst.Module(body=[])


class _Calls(cst.CSTVisitor):
    """Calls written on one line, outside f-strings (whose expressions cannot span lines before 3.12)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[cst.Call] = []

    def visit_FormattedString(self, node: cst.FormattedString) -> bool:
        return False

    def visit_Call(self, node: cst.Call) -> None:
        if node.args and "\n" not in _CODE.code_for_node(node):
            self.found.append(node)
