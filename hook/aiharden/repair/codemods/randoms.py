"""random.* used for tokens → the secrets module (or secrets.SystemRandom for the rest of the API)."""
from __future__ import annotations

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context

_NO_PARENS = (
    cst.Arg,
    cst.Assign,
    cst.AnnAssign,
    cst.Return,
    cst.Element,
    cst.DictElement,
    cst.FormattedStringExpression,
    cst.Expr,
    cst.Index,
)
_STATE = {"seed", "getstate", "setstate", "SystemRandom", "Random"}


def to_secrets(ctx: Context, call: cst.Call) -> cst.BaseExpression | None:
    name = (ctx.qualname(call.func) or "").split(".", 1)[1]
    if name == "Random" and len(call.args) <= 1:
        # a generator of its own, seeded (often from the clock): the same API from the OS's randomness, no seed
        return cst.parse_expression("secrets.SystemRandom()")
    if name in _STATE or "." in name or any(a.star for a in call.args):
        return None
    pos = [ctx.code(a.value) for a in calls.positional(call)]
    kw = {a.keyword.value: ctx.code(a.value) for a in call.args if a.keyword is not None}
    code: str | None = None
    if name == "choice" and len(pos) == 1 and not kw:
        code = f"secrets.choice({pos[0]})"
    elif name == "getrandbits" and len(pos) == 1 and not kw:
        code = f"secrets.randbits({pos[0]})"
    elif name == "randint" and len(pos) == 2 and not kw:
        code = _offset(_span(pos[1], pos[0], 1), pos[0])
    elif name == "randrange" and len(pos) == 1 and not kw:
        code = f"secrets.randbelow({pos[0]})"
    elif name == "randrange" and len(pos) == 2 and not kw:
        code = _offset(_span(pos[1], pos[0], 0), pos[0])
    elif name == "choices" and len(pos) == 1 and set(kw) == {"k"}:
        gen = f"secrets.choice({pos[0]}) for _ in range({kw['k']})"
        parent = ctx.parent(ctx.parent(call) or call)
        sole = isinstance(parent, cst.Call) and len(parent.args) == 1 and isinstance(parent.func, cst.Attribute)
        if sole and isinstance(parent, cst.Call) and isinstance(parent.func, cst.Attribute):
            if parent.func.attr.value == "join":
                return cst.parse_expression(f"({gen})").with_changes(lpar=[], rpar=[])
        code = f"[{gen}]"
    if code is None:
        code = f"secrets.SystemRandom().{name}({ctx.code(call)[len(ctx.code(call.func)) + 1 :]}"
    expr = cst.parse_expression(code)
    if isinstance(expr, cst.BinaryOperation) and not isinstance(ctx.parent(call), _NO_PARENS):
        expr = expr.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
    return expr


def _int(code: str) -> int | None:
    try:
        return int(code, 0)
    except ValueError:
        return None


def _atom(code: str) -> str:
    try:
        node = cst.parse_expression(code)
    except cst.ParserSyntaxError:
        return f"({code})"
    return code if isinstance(node, (cst.Name, cst.Attribute, cst.Integer, cst.Call, cst.Subscript)) else f"({code})"


def _span(hi: str, lo: str, extra: int) -> str:
    h, lo_i = _int(hi), _int(lo)
    if h is not None and lo_i is not None:
        return str(h - lo_i + extra)
    if lo_i == 0:
        return f"{_atom(hi)} + {extra}" if extra else hi
    return f"{_atom(hi)} - {_atom(lo)}" + (f" + {extra}" if extra else "")


def _offset(span: str, lo: str) -> str:
    return f"secrets.randbelow({span})" if _int(lo) == 0 else f"secrets.randbelow({span}) + {_atom(lo)}"
