"""Syntax-tree lookups of one file for scan/values.py: where a node sits, what a statement binds, what a call
passes to a parameter, whether a branch ends the function."""
from __future__ import annotations

import ast
from collections.abc import Iterator

Func = ast.FunctionDef | ast.AsyncFunctionDef
# calls that end a branch as raise and return do: abort(400), sys.exit(2)
ABORTS = frozenset({"abort", "exit", "fail", "_exit"})


class Module:
    """One parsed file with the lookups the checks need."""

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self.parent: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                self.parent[child] = node
        counts: dict[str, int] = {}
        self.constants: dict[str, ast.expr] = {}
        for stmt in tree.body:
            for name, value in assigned(stmt):
                counts[name] = counts.get(name, 0) + 1
                if value is not None:
                    self.constants[name] = value
        # a name bound more than once at module level is not a constant
        self.constants = {n: v for n, v in self.constants.items() if counts[n] == 1}
        self.functions: dict[str, list[Func]] = {}
        self._starting: dict[int, list[ast.expr]] = {}
        self._statements: dict[int, ast.stmt] = {}
        self._calls: dict[str, list[ast.Call]] = {}
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.functions.setdefault(node.name, []).append(node)
            if isinstance(node, ast.stmt):
                self._statements.setdefault(node.lineno, node)
            elif isinstance(node, ast.expr):
                self._starting.setdefault(node.lineno, []).append(node)
                if isinstance(node, ast.Call):
                    f = node.func
                    if isinstance(f, ast.Name):
                        self._calls.setdefault(f.id, []).append(node)
                    elif (isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name)
                          and f.value.id in ("self", "cls")):
                        self._calls.setdefault(f.attr, []).append(node)

    @classmethod
    def parse(cls, text: str) -> Module | None:
        try:
            return cls(ast.parse(text))
        except (SyntaxError, ValueError, RecursionError):
            return None

    def function_of(self, node: ast.AST) -> Func | None:
        while node in self.parent:
            node = self.parent[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return node
        return None

    def statement_of(self, node: ast.AST) -> ast.AST:
        while not isinstance(node, ast.stmt) and node in self.parent:
            node = self.parent[node]
        return node

    def nodes_at(self, line: int) -> list[ast.expr]:
        """Expressions that start on the line, outermost first."""
        return self._starting.get(line, [])

    def statement_at(self, line: int) -> ast.stmt | None:
        return self._statements.get(line)

    def covering(self, line: int) -> list[ast.expr]:
        """Expressions whose lines include the line: those starting on it and their enclosing expressions, or
        (a line inside a string that spans lines) every expression that spans it."""
        found: dict[int, ast.expr] = {}
        for node in self.nodes_at(line):
            at: ast.AST | None = node
            while isinstance(at, ast.expr) and id(at) not in found:
                found[id(at)] = at
                at = self.parent.get(at)
        if not found:
            found = {id(n): n for nodes in self._starting.values() for n in nodes
                     if n.lineno <= line <= (n.end_lineno or n.lineno)}
        return list(found.values())

    def calls_of(self, fn: Func) -> list[ast.Call]:
        """Calls of a function of the file by its name (f(...), self.f(...), cls.f(...))."""
        return self._calls.get(fn.name, [])


def assigned(stmt: ast.AST) -> Iterator[tuple[str, ast.expr | None]]:
    """(name, value) for each name a statement binds; value None where it is not one expression's."""
    if isinstance(stmt, ast.Assign):
        for target in stmt.targets:
            if isinstance(target, ast.Name):
                yield target.id, stmt.value
            else:
                for n in ast.walk(target):
                    if isinstance(n, ast.Name):
                        yield n.id, None
    elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
        yield stmt.target.id, stmt.value
    elif isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
        yield stmt.target.id, stmt.value
    elif isinstance(stmt, (ast.For, ast.AsyncFor, ast.With, ast.AsyncWith)):
        targets = [stmt.target] if isinstance(stmt, (ast.For, ast.AsyncFor)) else [
            i.optional_vars for i in stmt.items if i.optional_vars is not None]
        for target in targets:
            for n in ast.walk(target):
                if isinstance(n, ast.Name):
                    yield n.id, None
    elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
        for alias in stmt.names:
            yield (alias.asname or alias.name).split(".")[0], None
    elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        yield stmt.name, None


def own_nodes(fn: Func) -> Iterator[ast.AST]:
    """The function's nodes, without those of functions and classes defined inside it."""
    todo: list[ast.AST] = list(fn.body)
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        todo.extend(ast.iter_child_nodes(node))


def parameters(fn: Func) -> list[ast.arg]:
    a = fn.args
    return [*a.posonlyargs, *a.args, *([a.vararg] if a.vararg else []), *a.kwonlyargs,
            *([a.kwarg] if a.kwarg else [])]


def names_in(expr: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(expr) if isinstance(n, ast.Name)}


def replaces(stmt: ast.stmt, name: str) -> ast.AST | None:
    """The value an assignment statement gives the name, replacing what it held."""
    if isinstance(stmt, ast.Assign):
        for target in stmt.targets:
            if isinstance(target, ast.Name) and target.id == name:
                return stmt.value
            if isinstance(target, ast.Tuple) and any(isinstance(t, ast.Name) and t.id == name for t in target.elts):
                return element_of(stmt.value, target, name)
    if (isinstance(stmt, ast.AnnAssign) and stmt.value is not None and isinstance(stmt.target, ast.Name)
            and stmt.target.id == name):
        return stmt.value
    return None


def element_of(value: ast.expr, target: ast.expr, name: str) -> ast.AST | None:
    """What `target = value` (or `for target in value`) binds the name to: the matching element of a tuple
    written out, the i-th of anything else (read as the value itself, a helper's i-th returned value)."""
    if isinstance(target, ast.Name):
        return value if target.id == name else None
    if isinstance(target, ast.Tuple):
        for i, t in enumerate(target.elts):
            if isinstance(t, ast.Name) and t.id == name:
                if isinstance(value, ast.Tuple) and len(value.elts) == len(target.elts):
                    return value.elts[i]
                return ast.Subscript(value=value, slice=ast.Constant(i))
    return None


def bindings(stmt: ast.stmt, name: str) -> Iterator[ast.AST | None]:
    """Every value a statement (and what it holds, nested functions aside) may give the name."""
    for node in [stmt, *own_nodes_of(stmt)]:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            bound = replaces(node, name)
            if bound is not None:
                yield bound
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            yield node.value
        elif isinstance(node, ast.NamedExpr) and node.target.id == name:
            yield node.value
        elif isinstance(node, (ast.For, ast.AsyncFor)) and name in names_in(node.target):
            yield element_of(node.iter, node.target, name)
        elif isinstance(node, (ast.With, ast.AsyncWith)) and any(
                i.optional_vars is not None and name in names_in(i.optional_vars) for i in node.items):
            yield None
        elif isinstance(node, ast.ExceptHandler) and node.name == name:
            yield None
        elif isinstance(node, (ast.Import, ast.ImportFrom, ast.Global, ast.Nonlocal, ast.Delete)) and any(
                n == name for n, _ in assigned(node)):
            yield None
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name:
            yield None
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and isinstance(node.func.value, ast.Name) and node.func.value.id == name
              and node.func.attr in ("append", "extend", "insert", "add", "update")):
            yield from node.args[-1:]


def own_nodes_of(stmt: ast.stmt) -> Iterator[ast.AST]:
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return
    todo: list[ast.AST] = list(ast.iter_child_nodes(stmt))
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            todo.extend(ast.iter_child_nodes(node))


def assigned_values(node: ast.AST) -> Iterator[tuple[str, ast.expr]]:
    if isinstance(node, ast.Assign):
        for target in node.targets:
            for n in ast.walk(target):
                if isinstance(n, ast.Name):
                    yield n.id, node.value
    elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and isinstance(node.target, ast.Name) and node.value:
        yield node.target.id, node.value
    elif isinstance(node, ast.NamedExpr):
        yield node.target.id, node.value


def argument(call: ast.Call, fn: Func, params: list[str], param: str) -> ast.expr | None:
    for k in call.keywords:
        if k.arg == param:
            return k.value
    positional = params[1:] if params[:1] in (["self"], ["cls"]) and isinstance(call.func, ast.Attribute) else params
    i = positional.index(param) if param in positional else -1
    if 0 <= i < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args[:i + 1]):
        return call.args[i]
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return None
    # not passed: the default
    a = fn.args
    defaults = dict(zip([p.arg for p in [*a.posonlyargs, *a.args]][::-1], a.defaults[::-1]))
    defaults.update({p.arg: d for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None})
    return defaults.get(param)


def called(call: ast.Call) -> str:
    """The name a call calls: f for f(...) and obj.f(...); "" for anything else."""
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def exits(body: list[ast.stmt]) -> bool:
    last = body[-1] if body else None
    if isinstance(last, (ast.Raise, ast.Return, ast.Continue, ast.Break)):
        return True
    return isinstance(last, ast.Expr) and isinstance(last.value, ast.Call) and called(last.value) in ABORTS
