"""Argument-list surgery on libcst calls that keeps the call's own layout (one line or one arg a line)."""
from __future__ import annotations

import libcst as cst


def kwarg(call: cst.Call, name: str) -> cst.Arg | None:
    for a in call.args:
        if a.keyword is not None and a.keyword.value == name:
            return a
    return None


def positional(call: cst.Call) -> list[cst.Arg]:
    return [a for a in call.args if a.keyword is None and not a.star]


def is_true(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Name) and expr.value == "True"


def is_false(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Name) and expr.value == "False"


def _sep(call: cst.Call) -> cst.BaseParenthesizableWhitespace:
    if isinstance(call.whitespace_before_args, cst.ParenthesizedWhitespace):
        return call.whitespace_before_args
    return cst.SimpleWhitespace(" ")


def new_arg(value: cst.BaseExpression, keyword: str | None = None) -> cst.Arg:
    if keyword is None:
        return cst.Arg(value=value)
    return cst.Arg(
        value=value,
        keyword=cst.Name(keyword),
        equal=cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace("")),
    )


def insert_arg(call: cst.Call, index: int, arg: cst.Arg) -> cst.Call:
    """Insert arg before position index (>= 1), separated the way the call separates its arguments."""
    args = list(call.args)
    prev = args[index - 1]
    sep = _sep(call)
    if isinstance(prev.comma, cst.Comma):
        moved = arg.with_changes(comma=prev.comma, whitespace_after_arg=cst.SimpleWhitespace(""))
        prev = prev.with_changes(comma=cst.Comma(whitespace_before=prev.comma.whitespace_before, whitespace_after=sep))
    else:
        moved = arg.with_changes(whitespace_after_arg=prev.whitespace_after_arg)
        prev = prev.with_changes(comma=cst.Comma(whitespace_after=sep), whitespace_after_arg=cst.SimpleWhitespace(""))
    args[index - 1 : index] = [prev, moved]
    return call.with_changes(args=args)


def append_arg(call: cst.Call, arg: cst.Arg) -> cst.Call:
    if not call.args:
        return call.with_changes(args=[arg])
    return insert_arg(call, len(call.args), arg)


def remove_arg(call: cst.Call, arg: cst.Arg) -> cst.Call:
    args = list(call.args)
    i = next(i for i, a in enumerate(args) if a is arg)
    if i == len(args) - 1 and i > 0:
        args[i - 1] = args[i - 1].with_changes(comma=arg.comma, whitespace_after_arg=arg.whitespace_after_arg)
    del args[i]
    return call.with_changes(args=args)


def replace_arg(call: cst.Call, arg: cst.Arg, value: cst.BaseExpression) -> cst.Call:
    return call.with_changes(args=[a.with_changes(value=value) if a is arg else a for a in call.args])


def set_kwarg(call: cst.Call, name: str, value: cst.BaseExpression) -> cst.Call:
    """Set keyword name to value: replace it when present, append it otherwise."""
    found = kwarg(call, name)
    if found is not None:
        return replace_arg(call, found, value)
    if len(call.args) > 1 and call.args[-1].star == "**":
        return insert_arg(call, len(call.args) - 1, new_arg(value, name))
    return append_arg(call, new_arg(value, name))
