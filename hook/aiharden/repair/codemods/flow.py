"""Two-statement shapes: `query = <string>` then `run(query)`, tied together within one function."""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context


def _body_and_index(ctx: Context, stmt: cst.CSTNode) -> tuple[Sequence[cst.BaseStatement], int] | None:
    parent = ctx.parent(stmt)
    body = getattr(parent, "body", None)
    if isinstance(body, Sequence):
        for i, s in enumerate(body):
            if s is stmt:
                return body, i
    return None


def _binds(ctx: Context, node: cst.CSTNode, name: str) -> bool:
    class Finder(cst.CSTVisitor):
        found = False

        def visit_Name(self, n: cst.Name) -> None:
            parent = ctx.parent(n)
            target = isinstance(parent, (cst.AssignTarget, cst.AugAssign, cst.AnnAssign, cst.For, cst.AsName))
            if n.value == name and target and getattr(parent, "target", getattr(parent, "name", None)) is n:
                self.found = True

    f = Finder()
    node.visit(f)
    return f.found


def assignment_before(ctx: Context, call: cst.CSTNode, name: str) -> cst.Assign | None:
    """The single `name = ...` statement that last bound name before call, within the same function."""
    node: cst.CSTNode | None = ctx.statement_of(call)
    while node is not None and not isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Module)):
        where = _body_and_index(ctx, node)
        if where is not None:
            body, i = where
            for sib in reversed(body[:i]):
                if not _binds(ctx, sib, name):
                    continue
                small = sib.body[0] if isinstance(sib, cst.SimpleStatementLine) and len(sib.body) == 1 else None
                ok = isinstance(small, cst.Assign) and len(small.targets) == 1
                return small if ok and isinstance(small, cst.Assign) else None
        node = ctx.parent(node)
    return None


def call_after(
    ctx: Context,
    assign: cst.Assign,
    pred: Callable[[cst.Call], bool],
    unwrap: Callable[[cst.BaseExpression], cst.BaseExpression] = lambda e: e,
) -> cst.Call | None:
    """The first call after assign, in the same block, that pred accepts and that takes the name first.

    unwrap sees through a wrapper around that first argument, e.g. text(name).
    """
    name = assign.targets[0].target
    assert isinstance(name, cst.Name)
    stmt = ctx.statement_of(assign)
    where = _body_and_index(ctx, stmt) if stmt is not None else None
    if where is None:
        return None
    body, i = where
    for sib in body[i + 1 :]:
        for call in _calls(sib):
            if pred(call) and calls.positional(call):
                q = unwrap(calls.positional(call)[0].value)
                if isinstance(q, cst.Name) and q.value == name.value:
                    return call
        if _binds(ctx, sib, name.value):
            return None
    return None


def _calls(node: cst.CSTNode) -> list[cst.Call]:
    class Collect(cst.CSTVisitor):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[cst.Call] = []

        def visit_Call(self, n: cst.Call) -> None:
            self.found.append(n)

    c = Collect()
    node.visit(c)
    return c.found
