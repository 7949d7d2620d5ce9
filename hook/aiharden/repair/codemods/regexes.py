"""CWE-1333: a repeated group of repeated atoms (`([a-z0-9]+[._-]?)+`) → the same language, one way to match it.

X and Y are single-character atoms (a class, an escape, a literal character, `.`); a two-atom group is only
rewritten when no latin-1 character matches both. Each rewrite keeps the language:

    (X+)+ = X+, and (X+)* = (X*)+ = (X*)* = X*: a run of X runs is a run of X.
    (X+Y?)+ = X+(?:YX+)*Y?: both are the non-empty strings over {X, Y} that start with X and have no YY.
    (X+Y*)+ = X(?:X|Y)*: both are the strings over {X, Y} that start with X.
    (X+Y+)+ = X(?:X|Y)*Y: both are the strings over {X, Y} that start with X and end with Y.
    (X*Y?)+ = (X*Y*)+ = (X*Y?)* = (X*Y*)* = (?:X|Y)*: one X or one Y is a block, so every string over {X, Y}.
    (X*Y+)+ = (?:X|Y)*Y: each block ends in Y, and cutting after every Y splits any string that ends in Y.
    (B)* = (?:R)? where (B)+ = R: a star is the plus or nothing.

With X and Y disjoint every character has one atom, so each right side splits a string one way only, and
tries its end positions longest first as the left side does: match, search, sub and findall pick the same text.
A capturing group disappears, so the rewrite is skipped when the file could read it: backreferences, group(n),
groups(), named groups, findall/split results or a re.sub template.
"""
from __future__ import annotations

import ast
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import walk
from aiharden.repair.codemods.context import Draft

_FUNCTIONS = ("compile", "match", "search", "fullmatch", "sub", "subn", "findall", "finditer", "split")
_FLAGS_AT = {"compile": 1, "sub": 4, "subn": 4, "split": 3}  # positional index of flags; the rest take 2

_TOKEN = re.compile(
    r"""
      (?P<cls>\[\^?\]?(?:[^\]\\]|\\.)*\])
    | (?P<esc>\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|0[0-7]{0,2}|[dDwWsStnrfva]|[^0-9A-Za-z]))
    | (?P<ref>\\[1-9]|\(\?P=\w+\))
    | (?P<cond>\(\?\([^)]*\))
    | (?P<escape>\\.)
    | (?P<named>\(\?P<\w+>)
    | (?P<noncap>\(\?:)
    | (?P<comment>\(\?\#[^)]*\))
    | (?P<flags>\(\?[aiLmsux]+\))
    | (?P<scoped>\(\?[aiLmsux]*-?[aiLmsux]*:)
    | (?P<other>\(\?(?:=|!|<=|<!|>))
    | (?P<open>\()
    | (?P<close>\))
    | (?P<quant>(?:[*+?]|\{(?:\d+(?:,\d*)?|,\d*)\})[?+]?)
    | (?P<char>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_OPENERS = ("open", "noncap", "named", "other", "cond", "scoped")
_CAPTURING = ("open", "named")

# (inner quantifiers, outer quantifier) → the unambiguous form of the group, from the atoms' source text
_ONE: dict[tuple[str, str], Callable[[str], str]] = {
    ("+", "+"): lambda x: f"{x}+",
    ("+", "*"): lambda x: f"{x}*",
    ("*", "+"): lambda x: f"{x}*",
    ("*", "*"): lambda x: f"{x}*",
}
_TWO: dict[tuple[str, str], tuple[Callable[[str, str], str], bool]] = {  # form of (..)+, whether it matches ""
    ("+", "?"): (lambda x, y: f"{x}+(?:{y}{x}+)*{y}?", False),
    ("+", "*"): (lambda x, y: f"{x}(?:{x}|{y})*", False),
    ("+", "+"): (lambda x, y: f"{x}(?:{x}|{y})*{y}", False),
    ("*", "?"): (lambda x, y: f"(?:{x}|{y})*", True),
    ("*", "*"): (lambda x, y: f"(?:{x}|{y})*", True),
    ("*", "+"): (lambda x, y: f"(?:{x}|{y})*{y}", False),
}


@dataclass(frozen=True)
class _Tok:
    kind: str
    start: int
    end: int
    text: str


def propose(ctx: Context) -> list[Draft]:
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    tree: ast.Module | None = None
    for call in ctx.find(cst.Call):
        fn = _function(ctx, call)
        pattern = calls.kwarg(call, "pattern") or next(iter(calls.positional(call)), None)
        if fn is None or pattern is None or not isinstance(pattern.value, cst.SimpleString):
            continue
        flags = _call_flags(ctx, call, fn)
        if flags is None:
            continue
        rewritten = _rewrite(pattern.value, flags)
        if rewritten is None:
            continue
        new, captures_dropped = rewritten
        if captures_dropped:
            if tree is None:
                tree = ast.parse(ctx.source)
            if _groups_observed(tree, ctx.span(call)[0], fn, pattern.value.evaluated_value):
                continue
        out[pattern.value] = new
    return [Draft("regex-unambiguous", out)] if out else []


def _function(ctx: Context, call: cst.Call) -> str | None:
    name = ctx.qualname(call.func) or ""
    module, _, fn = name.rpartition(".")
    return fn if module in ("re", "regex") and fn in _FUNCTIONS else None


def _call_flags(ctx: Context, call: cst.Call, fn: str) -> int | None:
    """The flags a call passes, None when they cannot be read or change how the pattern parses (VERBOSE)."""
    arg = calls.kwarg(call, "flags")
    if arg is None:
        pos = calls.positional(call)
        at = _FLAGS_AT.get(fn, 2)
        arg = pos[at] if len(pos) > at else None
    if any(a.star for a in call.args):
        return None
    flags = 0 if arg is None else _flag_value(ctx, arg.value)
    return None if flags is None or flags & re.VERBOSE else flags


def _flag_value(ctx: Context, expr: cst.BaseExpression) -> int | None:
    if isinstance(expr, cst.Integer):
        return int(expr.evaluated_value)
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.BitOr):
        left, right = _flag_value(ctx, expr.left), _flag_value(ctx, expr.right)
        return None if left is None or right is None else left | right
    module, _, name = (ctx.qualname(expr) or "").rpartition(".")
    value = getattr(re, name, None) if module in ("re", "regex") else None
    return int(value) if isinstance(value, re.RegexFlag) else None


def _rewrite(literal: cst.SimpleString, flags: int) -> tuple[cst.SimpleString, bool] | None:
    """The literal with every ambiguous group rewritten, and whether a capturing group went; None for no change."""
    prefix, quote = literal.prefix, literal.quote
    value = literal.evaluated_value
    body = literal.value[len(prefix) + len(quote) : -len(quote)]
    chunks = _chunks(prefix, body)
    if chunks is None:
        return None
    text = value if isinstance(value, str) else value.decode("latin-1")
    tokens = _tokens(text)
    source = _Source(chunks)
    if tokens is None or source.size != len(text) or any(t.kind == "scoped" for t in tokens):
        return None  # a scoped flag group, (?i:...), would change what its atoms match
    for t in tokens:
        for letter in t.text[2:-1] if t.kind == "flags" else "":
            flags |= int(getattr(re, letter.upper()))
    if flags & re.VERBOSE:
        return None
    pieces: list[str] = []
    done, dropped = 0, 0
    for open_at, close_at in _candidates(tokens):
        form = _form(tokens, open_at, close_at, source, flags, isinstance(value, bytes))
        if form is None:
            continue
        outer = tokens[close_at + 1]
        kept = source.text(done, tokens[open_at].start)
        if kept is None:
            return None
        pieces += [kept, form]
        done = outer.end
        dropped += tokens[open_at].kind in _CAPTURING
    tail = source.text(done, source.size)
    if done == 0 or tail is None:
        return None
    new_body = "".join(pieces) + tail
    new = literal.with_changes(value=f"{prefix}{quote}{new_body}{quote}")
    if dropped and any(t.kind in ("ref", "cond") for t in tokens):
        return None
    try:
        before = re.compile(value, flags)
        after = re.compile(new.evaluated_value, flags)
    except (re.error, ValueError, TypeError, OverflowError):
        return None
    if after.groups != before.groups - dropped:
        return None
    return new, dropped > 0


def _tokens(pattern: str) -> list[_Tok] | None:
    out = [_Tok(m.lastgroup or "char", m.start(), m.end(), m.group()) for m in _TOKEN.finditer(pattern)]
    if any(t.kind == "char" and t.text in "[]" for t in out):
        return None
    return out


def _candidates(tokens: list[_Tok]) -> list[tuple[int, int]]:
    """(open, close) token indexes of groups holding only quantified atoms and repeated without bound."""
    found: list[tuple[int, int]] = []
    stack: list[int] = []
    for i, t in enumerate(tokens):
        if t.kind in _OPENERS:
            stack.append(i)
        elif t.kind == "close" and stack:
            j = stack.pop()
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if tokens[j].kind in ("open", "noncap", "named") and after is not None and after.text in ("+", "*"):
                found.append((j, i))
    return found


def _is_atom(t: _Tok) -> bool:
    return t.kind in ("cls", "esc") or (t.kind == "char" and t.text not in "^${}|")


def _form(
    tokens: list[_Tok], open_at: int, close_at: int, source: _Source, flags: int, is_bytes: bool
) -> str | None:
    inner = tokens[open_at + 1 : close_at]
    outer = tokens[close_at + 1].text
    if len(inner) not in (2, 4) or not all(_is_atom(a) and q.kind == "quant" for a, q in zip(inner[::2], inner[1::2])):
        return None
    x = source.text(inner[0].start, inner[0].end)
    if x is None or inner[1].text not in ("+", "*"):
        return None
    if len(inner) == 2:
        return _ONE[(inner[1].text, outer)](x)
    y = source.text(inner[2].start, inner[2].end)
    shape = _TWO.get((inner[1].text, inner[3].text))
    if y is None or shape is None or not _disjoint(inner[0].text, inner[2].text, flags, is_bytes):
        return None
    build, empty = shape
    form = build(x, y)
    return form if outer == "+" or empty else f"(?:{form})?"


def _disjoint(x: str, y: str, flags: int, is_bytes: bool) -> bool:
    """No latin-1 character matches both atoms."""
    try:
        if is_bytes:
            bx, by = re.compile(x.encode("latin-1"), flags), re.compile(y.encode("latin-1"), flags)
            return not any(bx.fullmatch(bytes([i])) and by.fullmatch(bytes([i])) for i in range(256))
        px, py = re.compile(x, flags), re.compile(y, flags)
    except (re.error, ValueError):
        return False
    return not any(px.fullmatch(chr(i)) and py.fullmatch(chr(i)) for i in range(256))


def _chunks(prefix: str, body: str) -> list[tuple[str, str]] | None:
    """(value, source text) pieces of a literal's body, so a span of the value maps back to its spelling."""
    if "r" in prefix.lower():
        return [(c, c) for c in body]
    is_bytes = "b" in prefix.lower()
    escape = r"\\(?:x[0-9a-fA-F]{2}|[0-7]{1,3}|\r\n|.)" if is_bytes else (
        r"\\(?:N\{[^}]*\}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[0-7]{1,3}|\r\n|.)"
    )
    out: list[tuple[str, str]] = []
    pending = ""
    for m in re.finditer(escape + "|.", body, re.DOTALL):
        text = m.group()
        if not text.startswith("\\"):
            out.append((text, pending + text))
            pending = ""
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "\d" in a plain string: an invalid escape that stays as written
                value = ast.literal_eval(f"{'b' if is_bytes else ''}'{text}'")
        except (SyntaxError, ValueError):
            return None
        value = value.decode("latin-1") if isinstance(value, bytes) else value
        if value:
            out.append((value, pending + text))
            pending = ""
        else:
            pending += text  # a line continuation
    if pending and out:
        out[-1] = (out[-1][0], out[-1][1] + pending)
    return out


class _Source:
    """Maps a span of the pattern's value to the literal's source text for it."""

    def __init__(self, chunks: list[tuple[str, str]]) -> None:
        self.starts: dict[int, int] = {}  # value offset → chunk index where a chunk starts
        self.chunks = chunks
        at = 0
        for i, (value, _) in enumerate(chunks):
            if value:
                self.starts[at] = i
            at += len(value)
        self.size = at

    def text(self, start: int, end: int) -> str | None:
        if start == end:
            return ""
        if start not in self.starts or (end != self.size and end not in self.starts):
            return None
        last = self.starts[end] if end != self.size else len(self.chunks)
        return "".join(src for _, src in self.chunks[self.starts[start] : last])


def _groups_observed(tree: ast.Module, line: int, fn: str, pattern: object) -> bool:
    """Whether the file may read the pattern's capture groups (group(n), groups(), findall, sub templates...)."""
    uses = _Uses(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.lineno == line and _name(node.func) == fn and _pattern_arg(node) == pattern:
            return uses.compiled(node) if fn == "compile" else uses.call(node, fn, repl_at=1)
    return True


def _name(func: ast.expr) -> str | None:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _pattern_arg(call: ast.Call) -> object:
    for k in call.keywords:
        if k.arg == "pattern" and isinstance(k.value, ast.Constant):
            return k.value.value
    if call.args and isinstance(call.args[0], ast.Constant):
        return call.args[0].value
    return None


class _Uses:
    """Where a compiled pattern and its match objects go; True means the groups may be read."""

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self.parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

    def call(self, call: ast.Call, fn: str, repl_at: int) -> bool:
        if fn in ("match", "search", "fullmatch"):
            return self.match(call)
        if fn in ("sub", "subn"):
            repl = next((k.value for k in call.keywords if k.arg == "repl"), None)
            if repl is None and len(call.args) > repl_at:
                repl = call.args[repl_at]
            if isinstance(repl, ast.Constant) and isinstance(repl.value, str):
                return "\\" in repl.value  # a template: \\1, \\g<name>
            if isinstance(repl, ast.Constant) and isinstance(repl.value, bytes):
                return b"\\" in repl.value
            return True  # a function gets the match object
        return True  # findall and split return the groups, finditer hands out match objects

    def compiled(self, call: ast.Call) -> bool:
        parent = self.parents.get(call)
        if isinstance(parent, ast.Attribute):
            return self.method(parent)
        name = _bound_name(parent, call)
        if name is None or parent is None:
            return True
        uses = [n for n in ast.walk(self.scope(call, parent)) if _is_use(n, name)]
        return any(not isinstance(self.parents.get(u), ast.Attribute) or self.method(self.parents[u]) for u in uses)

    def method(self, attr: ast.AST) -> bool:
        assert isinstance(attr, ast.Attribute)
        call = self.parents.get(attr)
        if not (isinstance(call, ast.Call) and call.func is attr):
            return attr.attr not in ("pattern", "flags")
        return self.call(call, attr.attr, repl_at=0)

    def match(self, node: ast.AST) -> bool:
        """Whether a match object is used for more than its truth value or the whole match."""
        parent = self.parents.get(node)
        if isinstance(parent, ast.Compare):
            return not all(isinstance(op, (ast.Is, ast.IsNot)) for op in parent.ops)
        if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not):
            return False
        if isinstance(parent, ast.BoolOp):
            return self.match(parent)
        if isinstance(parent, (ast.If, ast.While, ast.IfExp, ast.Assert)) and parent.test is node:
            return False
        if isinstance(parent, ast.comprehension) and node in parent.ifs:
            return False
        if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id == "bool":
            return False
        if isinstance(parent, ast.Subscript) and parent.value is node:
            return not (isinstance(parent.slice, ast.Constant) and parent.slice.value == 0)
        if isinstance(parent, ast.Attribute):
            call = self.parents.get(parent)
            if parent.attr in ("string", "pos", "endpos"):
                return False
            if parent.attr in ("group", "start", "end", "span") and isinstance(call, ast.Call) and call.func is parent:
                args = [*call.args, *(k.value for k in call.keywords)]
                return not all(isinstance(a, ast.Constant) and a.value == 0 for a in args)
            return True
        name = _bound_name(parent, node)
        if name is None or (isinstance(parent, ast.NamedExpr) and self.match(parent)):
            return True
        assert parent is not None
        return any(self.match(u) for u in ast.walk(self.scope(node, parent)) if _is_use(u, name))

    def scope(self, node: ast.AST, binding: ast.AST) -> ast.AST:
        """The function a local name lives in; the module for a global, a class attribute or self.attr."""
        targets = getattr(binding, "targets", None) or [getattr(binding, "target", None)]
        if not isinstance(targets[0], ast.Name):
            return self.tree
        p = self.parents.get(node)
        while p is not None and not isinstance(p, ast.ClassDef):
            if isinstance(p, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                return p
            p = self.parents.get(p)
        return self.tree


def _bound_name(parent: ast.AST | None, value: ast.AST) -> str | None:
    """The name, or attribute name for `self.x = ...`, that parent binds value to."""
    if isinstance(parent, ast.NamedExpr) and parent.value is value:
        return parent.target.id
    if isinstance(parent, (ast.Assign, ast.AnnAssign)) and parent.value is value:
        targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
        if len(targets) == 1 and isinstance(targets[0], ast.Name):
            return targets[0].id
        if len(targets) == 1 and isinstance(targets[0], ast.Attribute):
            return targets[0].attr
    return None


def _is_use(node: ast.AST, name: str) -> bool:
    """A read of name, as a variable or as any object's attribute."""
    if isinstance(node, ast.Name):
        return node.id == name and isinstance(node.ctx, ast.Load)
    return isinstance(node, ast.Attribute) and node.attr == name and isinstance(node.ctx, ast.Load)


_RE_FUNCTIONS = frozenset({"compile", "match", "search", "fullmatch", "sub", "subn", "findall", "finditer", "split"})


def escape_input(ctx: Context) -> list[Draft]:
    """CWE-1333 from input: the value a caller supplies is matched as text, not as a pattern. The pattern argument
    (a name, an attribute, or each value inside an f-string or a conditional) is wrapped in re.escape; literal parts
    stay patterns. Whether the caller meant a pattern is left to verification (benign inputs and the tests)."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call, lambda c: (ctx.qualname(c.func) or "").split(".")[0] in ("re", "regex")
                         and (ctx.qualname(c.func) or "").rsplit(".", 1)[-1] in _RE_FUNCTIONS):
        pos = calls.positional(call)
        arg = calls.kwarg(call, "pattern") or (pos[0] if pos else None)
        if arg is None:
            continue
        built = _built_from_parameters(ctx, call, arg.value)
        if built is not None:  # a local pattern assembled from the arguments: escape them where they enter it
            assign, params = built
            escaped = _escaped(ctx, assign.value, params)
            if escaped is not None:
                out[assign.value] = escaped
            continue
        escaped = _escaped(ctx, arg.value)
        if escaped is not None:
            out[call] = calls.replace_arg(call, arg, escaped)
    return [Draft("regex-escape-input", out, imports=("re",))] if out else []


def _built_from_parameters(ctx: Context, call: cst.Call, expr: cst.BaseExpression) -> tuple[
        cst.Assign, frozenset[str]] | None:
    """The one assignment of the local name expr in the enclosing function, when its value reads a parameter."""
    fn = next((a for a in ctx.ancestors(call) if isinstance(a, cst.FunctionDef)), None)
    if fn is None or not isinstance(expr, cst.Name):
        return None
    params = frozenset(p.name.value for p in (*fn.params.posonly_params, *fn.params.params, *fn.params.kwonly_params))
    if expr.value in params:
        return None
    assigns = [n for n in walk(fn) if isinstance(n, cst.Assign) and any(
        isinstance(t.target, cst.Name) and t.target.value == expr.value for t in n.targets)]
    if len(assigns) != 1:
        return None
    reads = {n.value for n in walk(assigns[0].value) if isinstance(n, cst.Name)}
    return (assigns[0], params) if reads & params else None


def _root(expr: cst.BaseExpression) -> str:
    while isinstance(expr, (cst.Attribute, cst.Subscript, cst.Call)):
        expr = expr.func if isinstance(expr, cst.Call) else expr.value
    return expr.value if isinstance(expr, cst.Name) else ""


def _escaped(ctx: Context, expr: cst.BaseExpression,
             only: frozenset[str] | None = None) -> cst.BaseExpression | None:
    """expr with its values wrapped in re.escape (only those read from the names in `only`, when given)."""
    if isinstance(expr, (cst.Name, cst.Attribute, cst.Subscript, cst.Call)):
        if isinstance(expr, cst.Call) and (ctx.qualname(expr.func) or "") == "re.escape":
            return None
        if only is not None and _root(expr) not in only:
            return None
        return cst.Call(cst.parse_expression("re.escape"), [calls.new_arg(expr)])
    if isinstance(expr, cst.FormattedString):
        parts = []
        changed = False
        for part in expr.parts:
            if isinstance(part, cst.FormattedStringExpression) and not part.format_spec and not part.conversion:
                inner = _escaped(ctx, part.expression, only)
                if inner is not None:
                    part = part.with_changes(expression=inner)
                    changed = True
            parts.append(part)
        return expr.with_changes(parts=parts) if changed else None
    if isinstance(expr, cst.IfExp):
        body, orelse = _escaped(ctx, expr.body, only), _escaped(ctx, expr.orelse, only)
        if body is None and orelse is None:
            return None
        return expr.with_changes(body=body or expr.body, orelse=orelse or expr.orelse)
    return None
