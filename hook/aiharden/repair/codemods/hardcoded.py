"""CWE-259/798/321: a hard-coded password or secret literal → read from the environment when it is needed.

Where the secret is read decides the rewrite:
- a module constant that only functions read becomes a small function that reads the variable at call time and
  raises a clear error when it is not set; its uses call it, and a parameter that defaulted to it defaults to
  None and reads it in the body (the module still imports without the variable);
- a literal inside a function (a keyword, a dict value, a local) calls that function in place;
- a literal read at import time (a setting other modules import, `app.config[...] = ...`) becomes
  `os.environ.get(...)`: None when unset, so the module imports and the use fails, never a built-in secret; a
  framework's session-signing key (SECRET_KEY) falls back to a random key for the process instead.
The variable's name follows the file's own: `DB_PASSWORD` in a file that reads `ORDERS_DB_HOST` is read from
`ORDERS_DB_PASSWORD`.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from dataclasses import field

from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.splice import Splices
from aiharden.repair.codemods.splice import blank_lines_around
from aiharden.repair.codemods.splice import first_line
from aiharden.repair.codemods.splice import free_name
from aiharden.repair.codemods.splice import parents as parents_of
from aiharden.repair.edits import Edit

_SECRET = re.compile(r"pass(word|wd)?|pwd|secret|token|api_?key|private_?key|(signing|hmac|encryption)_?key|credential|auth", re.IGNORECASE)
# first words of environment variables that name a service or a platform, not this program
_SHARED_PREFIXES = frozenset(
    "API APP AWS AZURE DATABASE DB DEBUG DJANGO FLASK GCP GOOGLE HOME HOST LANG LOG PATH PORT PYTHON REDIS "
    "SECRET TMPDIR TZ USER".split()
)
_FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)


def propose(ctx: Context) -> list[Draft]:
    tree = ast.parse(ctx.source)
    parents = parents_of(tree)
    plan = _Plan(Splices(ctx.source), tree, parents, _prefix(tree))
    for literal, name in _flagged_literals(tree, parents, ctx.start, ctx.end):
        plan.add(literal, name)
    edits = plan.edits()
    return [Draft("secret-from-env", {}, tuple(sorted(plan.imports)), edits)] if edits else []


@dataclass
class _Plan:
    splices: Splices
    tree: ast.Module
    parents: dict[ast.AST, ast.AST]
    prefix: list[str]
    helpers: dict[str, tuple[str, str, ast.stmt | None]] = field(default_factory=dict)  # name → (var, type, at)
    imports: set[str] = field(default_factory=lambda: {"os"})

    def add(self, literal: ast.Constant, name: str) -> None:
        var = _env_name(name, self.prefix)
        kind = "bytes" if isinstance(literal.value, bytes) else "str"
        holder = self.parents.get(literal)
        top = _top_level(literal, self.parents, self.tree)
        function = _enclosing_function(literal, self.parents)
        if isinstance(holder, ast.Assign) and holder in self.tree.body and _constant(holder) == name:
            if self._constant_read_later(holder, name, var, kind):
                return
        if function is not None and not _is_default(literal, function):
            helper = self._helper(var, kind, top)
            self.splices.replace(literal, f"{helper}()")
        elif function is not None:
            self._default_to_none(function, literal, var, kind, top)
        elif name.lower() == "secret_key" and kind == "str":
            # a framework's own session-signing key: without the variable, a random key for this process
            # (sessions do not outlive it, and nobody can forge them)
            self.splices.replace(literal, f'os.environ.get("{var}") or secrets.token_hex(32)')
            self.imports.add("secrets")
        else:
            self.splices.replace(literal, f'os.environ.get("{var}")' + (".encode()" if kind == "bytes" else ""))

    def _constant_read_later(self, assign: ast.Assign, name: str, var: str, kind: str) -> bool:
        """`NAME = "secret"` that only functions of this file read: NAME becomes a function read at call time.
        False (nothing planned) when something reads it at import time or writes it elsewhere."""
        uses = [n for n in ast.walk(self.tree) if isinstance(n, ast.Name) and n.id == name and n is not assign.targets[0]]
        if not uses or any(not isinstance(n.ctx, ast.Load) for n in uses):
            return False
        if any(isinstance(n, (ast.Global, ast.Nonlocal)) and name in n.names for n in ast.walk(self.tree)):
            return False
        calls, defaults = [], []
        for use in uses:
            function = _enclosing_function(use, self.parents)
            if function is None:
                return False
            if _is_default(use, function):
                defaults.append((function, use))
            elif _binds(function, name):
                return False
            else:
                calls.append(use)
        helper = free_name(self.tree, "_" + name.lower().strip("_"))
        self.helpers[helper] = (var, kind, None)
        self._replace_statement(assign, _helper_source(helper, var, kind))
        for use in calls:
            self.splices.replace(use, f"{helper}()")
        for function, use in defaults:
            self._default_to_none(function, use, var, kind, None, helper)
        return True

    def _helper(self, var: str, kind: str, at: ast.stmt | None) -> str:
        for name, (v, k, _) in self.helpers.items():
            if (v, k) == (var, kind):
                return name
        name = free_name(self.tree, "_" + var.lower())
        self.helpers[name] = (var, kind, at)
        return name

    def _default_to_none(
        self, function: ast.AST, default: ast.expr, var: str, kind: str, at: ast.stmt | None, helper: str = ""
    ) -> None:
        """`def f(key: bytes = SECRET)` → `def f(key: bytes | None = None)` and `if key is None: key = ...` first
        in the body."""
        assert isinstance(function, _FUNCS)
        arg = _param_of(function, default)
        body = function.body
        first = body[1] if _docstring(function) and len(body) > 1 else body[0]
        if arg is None or first.lineno == function.lineno:
            return
        helper = helper or self._helper(var, kind, at)
        self.splices.replace(default, "None")
        if arg.annotation is not None:
            annotation = self.splices.segment(arg.annotation)
            if "None" not in annotation and "Optional" not in annotation and _pep604(self.tree):
                self.splices.replace(arg.annotation, f"{annotation} | None")
        indent = " " * first.col_offset
        self.splices.insert_before_line(first_line(first), f"{indent}if {arg.arg} is None:\n{indent}    {arg.arg} = {helper}()\n")

    def _replace_statement(self, stmt: ast.stmt, code: str) -> None:
        last = stmt.end_lineno or stmt.lineno
        before, after = blank_lines_around(self.splices.source, stmt.lineno, last)
        self.splices.replace_lines(stmt.lineno, last, "\n" * max(0, 2 - before) + code + "\n" * max(0, 2 - after))

    def edits(self) -> tuple[Edit, ...]:
        for name, (var, kind, at) in self.helpers.items():
            if at is not None:
                self.splices.insert_before_line(first_line(at), _helper_source(name, var, kind) + "\n\n")
        return self.splices.edits()


def _helper_source(name: str, var: str, kind: str) -> str:
    value = "value.encode()" if kind == "bytes" else "value"
    return (
        f"def {name}() -> {kind}:\n"
        f'    """The secret in the environment variable {var}, read when it is needed."""\n'
        f'    value = os.environ.get("{var}")\n'
        f"    if not value:\n"
        f'        raise RuntimeError("the environment variable {var} is not set")\n'
        f"    return {value}\n"
    )


def _flagged_literals(
    tree: ast.Module, parents: dict[ast.AST, ast.AST], start: int, end: int
) -> list[tuple[ast.Constant, str]]:
    """(literal, the name it is bound to) for every non-empty secret literal on the flagged lines."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)) and node.value):
            continue
        if not (start <= node.lineno and (node.end_lineno or node.lineno) <= end):
            continue
        name = _bound_name(node, parents)
        if name and _SECRET.search(name):
            found.append((node, name))
    return found


def _bound_name(literal: ast.Constant, parents: dict[ast.AST, ast.AST]) -> str | None:
    holder = parents.get(literal)
    if isinstance(holder, (ast.Assign, ast.AnnAssign)) and holder.value is literal:
        targets = holder.targets if isinstance(holder, ast.Assign) else [holder.target]
        return _target_name(targets[0]) if len(targets) == 1 else None
    if isinstance(holder, ast.keyword) and holder.arg:
        return holder.arg
    if isinstance(holder, ast.Dict) and literal in holder.values:
        key = holder.keys[holder.values.index(literal)]
        return key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else None
    if isinstance(holder, ast.arguments):
        param = _param_of(parents.get(holder), literal)  # type: ignore[arg-type]
        return param.arg if param is not None else None
    return None


def _target_name(target: ast.expr) -> str | None:
    if isinstance(target, ast.Name):
        return target.id
    if isinstance(target, ast.Attribute):
        return target.attr
    if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant):
        return target.slice.value if isinstance(target.slice.value, str) else None
    return None


def _constant(assign: ast.Assign) -> str | None:
    target = assign.targets[0] if len(assign.targets) == 1 else None
    return target.id if isinstance(target, ast.Name) else None


def _param_of(function: ast.AST, default: ast.AST) -> ast.arg | None:
    """The parameter whose default value is `default`."""
    if not isinstance(function, _FUNCS):
        return None
    a = function.args
    positional = [*a.posonlyargs, *a.args]
    for arg, value in zip(positional[len(positional) - len(a.defaults) :], a.defaults):
        if value is default:
            return arg
    for arg, kw_value in zip(a.kwonlyargs, a.kw_defaults):
        if kw_value is default:
            return arg
    return None


def _is_default(node: ast.AST, function: ast.AST) -> bool:
    return _param_of(function, node) is not None


def _enclosing_function(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.AST | None:
    """The function that evaluates node when it is called: node is in its body or is one of its parameter
    defaults (evaluated once, where the def runs, which is why a secret there moves into the body). None when
    node runs at import time: module or class level, a decorator, an annotation, a lambda."""
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, _FUNCS) and (child in parent.body or _param_of(parent, node) is not None):
            return parent
        if isinstance(parent, ast.Lambda):
            return None
        child, parent = parent, parents.get(parent)
    return None


def _binds(function: ast.AST, name: str) -> bool:
    """The function has its own `name` (a parameter or a local), so its reads are not the constant."""
    assert isinstance(function, _FUNCS)
    a = function.args
    if name in {x.arg for x in (*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg) if x is not None}:
        return True
    return any(isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load) for n in ast.walk(function))


def _top_level(node: ast.AST, parents: dict[ast.AST, ast.AST], tree: ast.Module) -> ast.stmt | None:
    found: ast.AST | None = node
    while found is not None and found not in tree.body:
        found = parents.get(found)
    return found if isinstance(found, ast.stmt) else None


def _docstring(function: ast.AST) -> bool:
    body = getattr(function, "body", [])
    return bool(body) and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
        and isinstance(body[0].value.value, str)


def _pep604(tree: ast.Module) -> bool:
    """`X | None` is safe in this file's annotations: postponed evaluation, or the file already writes it."""
    future = any(isinstance(n, ast.ImportFrom) and n.module == "__future__"
                 and any(a.name == "annotations" for a in n.names) for n in tree.body)
    return future or any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr)
                         and isinstance(n.right, ast.Constant) and n.right.value is None for n in ast.walk(tree))


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[^A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)) if w]


def _env_reads(tree: ast.Module) -> list[str]:
    """Names of the environment variables the file reads: os.environ[...], os.environ.get(...), os.getenv(...)."""
    names = []
    for node in ast.walk(tree):
        key = None
        if isinstance(node, ast.Call) and node.args and isinstance(node.func, ast.Attribute):
            dotted = ast.unparse(node.func)
            if dotted in ("os.environ.get", "os.getenv", "environ.get", "getenv", "os.environ.setdefault"):
                key = node.args[0]
        elif isinstance(node, ast.Subscript) and ast.unparse(node.value) in ("os.environ", "environ"):
            key = node.slice
        if isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value.isupper():
            names.append(key.value)
    return names


def _prefix(tree: ast.Module) -> list[str]:
    """The leading words every environment variable of this file shares (`ORDERS_DB_` of `ORDERS_DB_HOST` and
    `ORDERS_DB_USER`), when they name this program rather than a shared service; [] otherwise."""
    reads = [_words(n) for n in dict.fromkeys(_env_reads(tree))]
    if not reads:
        return []
    common: list[str] = []
    for words in zip(*reads):
        if len(set(words)) != 1:
            break
        common.append(words[0])
    common = common[: min(len(w) for w in reads) - 1]  # a variable's last word is its own
    return common if common and common[0] not in _SHARED_PREFIXES else []


def _env_name(name: str, prefix: list[str]) -> str:
    words = [w.upper() for w in _words(name)] or ["SECRET"]
    if words[: len(prefix)] == prefix:
        return "_".join(words)
    overlap = next((k for k in range(min(len(prefix), len(words)), 0, -1) if prefix[-k:] == words[:k]), 0)
    return "_".join([*prefix, *words[overlap:]])
