"""CWE-259/798: a hard-coded password or secret literal → read from the environment."""
from __future__ import annotations

import re

import libcst as cst

from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.strings import literal_text

_SECRET = re.compile(r"pass(word|wd)?|pwd|secret|token|api_?key|private_?key|credential|auth", re.IGNORECASE)


def _env(name: str) -> cst.BaseExpression:
    var = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").upper()
    return cst.parse_expression(f'os.environ["{var}"]')


def _is_secret_literal(expr: cst.BaseExpression | None) -> bool:
    text = literal_text(expr) if expr is not None else None
    return bool(text)


def _target_name(ctx: Context, target: cst.BaseExpression) -> str | None:
    if isinstance(target, cst.Name):
        return target.value
    if isinstance(target, cst.Attribute):
        return target.attr.value
    if isinstance(target, cst.Subscript) and len(target.slice) == 1:
        key = target.slice[0].slice
        if isinstance(key, cst.Index):
            return literal_text(key.value)
    return None


def propose(ctx: Context) -> list[Draft]:
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for node in ctx.nodes():
        value: cst.BaseExpression | None = None
        name: str | None = None
        if isinstance(node, cst.Assign) and len(node.targets) == 1:
            value, name = node.value, _target_name(ctx, node.targets[0].target)
        elif isinstance(node, cst.AnnAssign):
            value, name = node.value, _target_name(ctx, node.target)
        elif isinstance(node, cst.Arg) and node.keyword is not None:
            value, name = node.value, node.keyword.value
        elif isinstance(node, cst.DictElement):
            value, name = node.value, literal_text(node.key)
        if value is not None and name and _SECRET.search(name) and _is_secret_literal(value):
            out[value] = _env(name)
    return [Draft("secret-from-env", out, ("os",))] if out else []
