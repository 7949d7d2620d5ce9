"""What one file's syntax tree says about a value where it is used: built from constants alone, or checked first.

A plain read of one file: no types, no imports followed. A local name is read from the assignments that reach its
use (a module constant from its own); a value returned by a function of the same file, and a parameter from what the
file's calls pass, are followed one call deep. The lookups on the tree itself are in scan/syntax.py."""
from __future__ import annotations

import ast
import re

from aiharden.scan import linebreaks
from aiharden.scan.syntax import Func
from aiharden.scan.syntax import Module
from aiharden.scan.syntax import argument
from aiharden.scan.syntax import assigned
from aiharden.scan.syntax import assigned_values
from aiharden.scan.syntax import bindings
from aiharden.scan.syntax import called
from aiharden.scan.syntax import element_of
from aiharden.scan.syntax import exits
from aiharden.scan.syntax import names_in
from aiharden.scan.syntax import own_nodes
from aiharden.scan.syntax import parameters
from aiharden.scan.syntax import replaces

# a check named as one: is_allowed_host(url), validate_column(c), ensure_public(url)
VALIDATOR = re.compile(r"(?i)(allow|safe|valid|trust|public|permit|whitelist|check|ensure|verify)")
# for a value's text (an identifier, a line): a check of the value itself, not of what it stands for
# (verify(user, password) checks credentials, not the user name's characters)
TEXT_VALIDATOR = re.compile(r"(?i)(allow|valid|permit|whitelist)")
# values that are numbers or truth values whatever they are given
NUMERIC = frozenset({"int", "float", "len", "bool", "round", "abs", "ord", "hash", "id"})
# text that escapes line breaks, in a line context
ESCAPING = frozenset({"repr", "ascii"})
# text with no markup in it, in an HTML context (format_html escapes its arguments)
HTML_ESCAPES = frozenset({"escape", "conditional_escape", "escape_silent", "quote", "quote_plus", "urlencode",
                          "hexdigest", "format_html"})
MARKS_SAFE = frozenset({"Markup", "mark_safe", "SafeString"})
# templates rendered with autoescaping: the values they are given are escaped, Markup aside
RENDERS = frozenset({"render_template_string", "render_template"})
UNESCAPED = re.compile(r"\|\s*safe\b|autoescape\s+(false|off)|\bMarkup\b")
# calls whose result is made only of their arguments
PASSING = frozenset({"str", "min", "max", "sum", "sorted", "tuple", "list", "set", "frozenset", "dict", "repr"})
# str methods whose result is made only of the string (and their constant arguments)
STR_METHODS = frozenset({"upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "casefold",
                         "replace", "ljust", "rjust", "center", "zfill", "removeprefix", "removesuffix"})
HOST_WORDS = re.compile(r"host|netloc|domain")
DEPTH = 2  # calls followed: a helper's return value, and the callers of a parameter

Kind = str  # "member": any allow-list or validator check; "host": a check of a URL's host


class Reader:
    """Answers about values of one module; remembers what it is working out so cycles end."""

    def __init__(self, mod: Module, clears: str = "") -> None:
        """clears: "line" also counts a value with no line break in it (a header, a log line), made so by a call
        of scan/linebreaks.py or a repr() conversion, as safe as a constant."""
        self.mod = mod
        self.clears = clears
        self._busy: set[tuple[int, str]] = set()

    # ---- built from constants ------------------------------------------------------------------

    def constant(self, expr: ast.AST | None, fn: Func | None, depth: int = 0,
                 bound: dict[str, bool] | None = None) -> bool:
        """The value is made only of literals, module constants, numbers and checked names: nothing a caller
        or a user chose can be spelled into it."""
        if expr is None:
            return False
        bound = bound or {}
        c = lambda e: self.constant(e, fn, depth, bound)  # noqa: E731
        if isinstance(expr, ast.Constant):
            return True
        if isinstance(expr, ast.JoinedStr):
            return all(c(v) for v in expr.values if isinstance(v, ast.FormattedValue))
        if isinstance(expr, ast.FormattedValue):  # f"{x!r}" escapes line breaks
            return (self.clears == "line" and expr.conversion in (ord("r"), ord("a"))) or c(expr.value)
        if isinstance(expr, ast.BinOp):
            return c(expr.left) and c(expr.right)
        if isinstance(expr, ast.UnaryOp):
            return c(expr.operand)
        if isinstance(expr, ast.BoolOp):
            return all(c(v) for v in expr.values)
        if isinstance(expr, ast.IfExp):
            return c(expr.body) and c(expr.orelse)
        if isinstance(expr, (ast.Tuple, ast.List, ast.Set)):
            return all(c(e) for e in expr.elts)
        if isinstance(expr, ast.Dict):
            return all(c(v) for v in expr.values) and all(k is None or c(k) for k in expr.keys)
        if isinstance(expr, ast.Starred):
            return c(expr.value)
        if isinstance(expr, ast.Subscript):
            return c(expr.value)
        if isinstance(expr, (ast.GeneratorExp, ast.ListComp, ast.SetComp)):
            inner = dict(bound)
            for gen in expr.generators:
                ok = self.constant(gen.iter, fn, depth, inner)
                for name in names_in(gen.target):
                    inner[name] = ok
            return self.constant(expr.elt, fn, depth, inner)
        if isinstance(expr, ast.Name):
            if expr.id in bound:
                return bound[expr.id]
            return self._constant_name(expr, fn, depth)
        if isinstance(expr, ast.Call):
            return self._constant_call(expr, fn, depth, bound)
        return False

    def _constant_call(self, call: ast.Call, fn: Func | None, depth: int, bound: dict[str, bool]) -> bool:
        c = lambda e: self.constant(e, fn, depth, bound)  # noqa: E731
        f = call.func
        args = [*call.args, *(k.value for k in call.keywords)]
        if self.clears == "line" and linebreaks.strips(call, self.mod.constants):
            return True
        if self.clears == "html":
            known = self._html_call(call, fn, depth, bound)
            if known is not None:
                return known
        if isinstance(f, ast.Name):
            if f.id in NUMERIC or (self.clears == "line" and f.id in ESCAPING):
                return True
            if f.id in PASSING:
                return all(c(a) for a in args)
            if depth < DEPTH and f.id in self.mod.functions:
                return all(self._returns_constant(g, None, depth + 1) for g in self.mod.functions[f.id])
            return False
        if isinstance(f, ast.Attribute):
            if f.attr in ("join", "format") or f.attr in STR_METHODS:
                return c(f.value) and all(c(a) for a in args)
            if f.attr == "get" and isinstance(f.value, ast.Name) and f.value.id in self.mod.constants:
                return c(f.value) and all(c(a) for a in args[1:])
        return False

    def _html_call(self, call: ast.Call, fn: Func | None, depth: int, bound: dict[str, bool]) -> bool | None:
        """What an HTML context knows of a call: True for an escape, Markup's own arguments, a template rendered
        with autoescaping; None for a call it knows nothing special of."""
        c = lambda e: self.constant(e, fn, depth, bound)  # noqa: E731
        f = call.func
        name = called(call)
        args = [*call.args, *(k.value for k in call.keywords)]
        if name in HTML_ESCAPES:
            return True
        if name in MARKS_SAFE:
            return all(c(a) for a in args)
        if name == "format" and isinstance(f, ast.Attribute) and isinstance(f.value, ast.Call):
            inner = f.value.func  # Markup("<b>{}</b>").format(value) escapes the value
            if (isinstance(inner, ast.Name) and inner.id in MARKS_SAFE) or (
                    isinstance(inner, ast.Attribute) and inner.attr in MARKS_SAFE):
                return c(f.value)
        if name in RENDERS and call.args:
            template = call.args[0]
            if isinstance(template, ast.Name):
                template = self.mod.constants.get(template.id, template)
            if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
                return None
            if name == "render_template_string" and UNESCAPED.search(template.value):
                return False
            marked = [n for a in args[1:] for n in ast.walk(a) if isinstance(n, ast.Call) and called(n) in MARKS_SAFE]
            return all(c(m) for m in marked)
        return None

    def _returns_constant(self, fn: Func, index: int | None, depth: int) -> bool:
        """Every value the function returns (or the index-th of the tuple it returns) is constant."""
        returns = [n for n in own_nodes(fn) if isinstance(n, ast.Return)]
        if not returns:
            return False
        for r in returns:
            value = r.value
            if index is not None:
                if not isinstance(value, ast.Tuple) or len(value.elts) <= index:
                    return False
                value = value.elts[index]
            if value is not None and not self.constant(value, fn, depth):
                return False
        return True

    def _constant_name(self, name: ast.Name, fn: Func | None, depth: int) -> bool:
        if fn is not None and self._local(name.id, fn):
            if self.checked(name.id, fn, name, "member"):
                return True
            key = (id(name), name.id)
            if key in self._busy:  # a loop that grows the value: the other assignments decide
                return True
            self._busy.add(key)
            try:
                sources = self._reaching(name.id, fn, name)
                return bool(sources) and all(self._source_constant(src, fn, depth) for src in sources)
            finally:
                self._busy.discard(key)
        value = self.mod.constants.get(name.id)
        if value is None:
            return False
        key = (0, name.id)
        if key in self._busy:
            return False
        self._busy.add(key)
        try:
            return self.constant(value, None, depth)
        finally:
            self._busy.discard(key)

    def _local(self, name: str, fn: Func) -> bool:
        if any(p.arg == name for p in parameters(fn)):
            return True
        return any(n == name for node in own_nodes(fn) for n, _ in assigned(node))

    def _reaching(self, name: str, fn: Func, use: ast.AST) -> list[ast.AST | None]:
        """What may flow into a local name where it is used: walking back from the use, the bindings of each
        earlier statement of the block and of its enclosing blocks, up to an assignment that replaces the value
        (a loop adds its whole body); the parameter for a parameter (what the file's calls pass is read then);
        None for a value nothing here tells (a with target, an import)."""
        out: list[ast.AST | None] = []
        node = self.mod.statement_of(use)
        while node is not fn:
            parent = self.mod.parent.get(node)
            if parent is None:
                return [None]
            block = next((b for b in (getattr(parent, f, None) for f in ("body", "orelse", "finalbody"))
                          if isinstance(b, list) and node in b), None)
            for stmt in reversed(block[:block.index(node)] if block else []):
                kill = replaces(stmt, name)
                if kill is not None:
                    return [*out, kill]
                out.extend(bindings(stmt, name))
            if isinstance(parent, (ast.For, ast.AsyncFor, ast.While)):
                for stmt in [*parent.body, *parent.orelse]:
                    out.extend(bindings(stmt, name))
                if isinstance(parent, (ast.For, ast.AsyncFor)) and name in names_in(parent.target):
                    out.append(element_of(parent.iter, parent.target, name))
            node = parent
        out += [p for p in parameters(fn) if p.arg == name]
        return out

    def _source_constant(self, src: ast.AST | None, fn: Func, depth: int) -> bool:
        if src is None:
            return False
        if isinstance(src, ast.arg):  # a parameter: what the file's own calls pass
            return depth < DEPTH and self._callers_pass_constant(fn, src, depth + 1)
        # a, b = helper(...): the helper's index-th returned value
        if (isinstance(src, ast.Subscript) and isinstance(src.slice, ast.Constant)
                and isinstance(src.value, (ast.Call, ast.Await))):
            call = src.value.value if isinstance(src.value, ast.Await) else src.value
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and depth < DEPTH:
                helpers = self.mod.functions.get(call.func.id, [])
                return bool(helpers) and all(
                    self._returns_constant(g, src.slice.value, depth + 1) for g in helpers)  # type: ignore[arg-type]
            return False
        return self.constant(src, fn, depth)

    # ---- checked before its use ----------------------------------------------------------------

    def checked(self, name: str, fn: Func, at: ast.AST, kind: Kind) -> bool:
        """A check of the name (or of a value derived from it) holds where it is used: an earlier if that
        exits when the check fails, an if whose body holds the use, an assert, or a validator called alone."""
        # an identifier is checked itself; a URL through what is parsed out of it
        names = self.derived(name, fn) if kind == "host" else {name}
        node = self.mod.statement_of(at)
        while node is not fn and node in self.mod.parent:
            parent = self.mod.parent[node]
            if isinstance(parent, ast.If) and node in parent.body and self._holds(parent.test, True, names, kind):
                return True
            for block in ("body", "orelse", "finalbody"):
                stmts = getattr(parent, block, None)
                if isinstance(stmts, list) and node in stmts:
                    for s in stmts[:stmts.index(node)]:
                        if self._establishes(s, names, kind):
                            return True
            node = parent
        return False

    def _establishes(self, stmt: ast.stmt, names: set[str], kind: Kind) -> bool:
        if isinstance(stmt, ast.If) and exits(stmt.body):
            return self._holds(stmt.test, False, names, kind)
        if isinstance(stmt, ast.Assert):
            return self._holds(stmt.test, True, names, kind)
        if isinstance(stmt, ast.Expr):
            call = stmt.value.value if isinstance(stmt.value, ast.Await) else stmt.value
            return isinstance(call, ast.Call) and _is_validator(call, names, kind)
        if isinstance(stmt, ast.Try):  # a check inside try whose except re-raises
            return any(self._establishes(s, names, kind) for s in stmt.body) and all(
                exits(h.body) for h in stmt.handlers)
        return False

    def _holds(self, test: ast.expr, truth: bool, names: set[str], kind: Kind) -> bool:
        """When test evaluates to truth, one of the facts it then guarantees checks a name."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            return self._holds(test.operand, not truth, names, kind)
        if isinstance(test, ast.BoolOp):
            # true and-ed / false or-ed parts each hold
            if isinstance(test.op, ast.And) == truth:
                return any(self._holds(v, truth, names, kind) for v in test.values)
            return False
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            op = test.ops[0]
            member = (isinstance(op, ast.In) and truth) or (isinstance(op, ast.NotIn) and not truth)
            if not member or not names_in(test.left) & names:
                return False
            container = test.comparators[0]
            if kind == "host":
                return (not (isinstance(container, ast.Constant) and isinstance(container.value, str))
                        and bool(HOST_WORDS.search(ast.unparse(test.left))))
            return True
        if isinstance(test, ast.Await):
            test = test.value
        return truth and isinstance(test, ast.Call) and _is_validator(test, names, kind)

    def derived(self, name: str, fn: Func) -> set[str]:
        """The name and the locals computed from it (parts = urlsplit(url); host = parts.hostname)."""
        out = {name}
        assigns = [(n, v) for node in own_nodes(fn) for n, v in assigned_values(node)]
        changed = True
        while changed:
            changed = False
            for n, v in assigns:
                if n not in out and names_in(v) & out:
                    out.add(n)
                    changed = True
        return out

    # ---- a parameter's callers -----------------------------------------------------------------

    def _callers_pass_constant(self, fn: Func, param: ast.arg, depth: int) -> bool:
        """The function is called in the file, and every call passes a safe value as the parameter (or leaves
        its default)."""
        calls = self.mod.calls_of(fn)
        params = [p.arg for p in parameters(fn)]
        if not calls or param is fn.args.vararg or param is fn.args.kwarg:
            return False
        for call in calls:
            arg = argument(call, fn, params, param.arg)
            if arg is None or not self.constant(arg, self.mod.function_of(call), depth):
                return False
        return True

    def callers_pass_checked(self, fn: Func, param: str, kind: Kind) -> bool:
        """The function is called in the file, and every call passes a constant or checked value as param."""
        calls = self.mod.calls_of(fn)
        params = [p.arg for p in parameters(fn)]
        if not calls or param not in params:
            return False
        for call in calls:
            arg = argument(call, fn, params, param)
            caller = self.mod.function_of(call)
            if arg is None:
                return False
            if self.constant(arg, caller):
                continue
            used = names_in(arg)
            if not used or caller is None or not all(self.checked(n, caller, call, kind) for n in used):
                return False
        return True


def _is_validator(call: ast.Call, names: set[str], kind: Kind) -> bool:
    return bool((VALIDATOR if kind == "host" else TEXT_VALIDATOR).search(called(call))) and any(
        names_in(a) & names for a in [*call.args, *(k.value for k in call.keywords)])
