"""One-call swaps: an unsafe API for its safe twin (yaml, eval, pickle, hashes, ssl, mktemp, chmod)."""
from __future__ import annotations

import ast
import re
from typing import cast
from typing import TypeGuard

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.splice import module_int
from aiharden.repair.codemods.strings import Value
from aiharden.repair.codemods.strings import flatten
from aiharden.repair.codemods.strings import has_values
from aiharden.repair.codemods.strings import literal_text
from aiharden.repair.edits import Edit

_YAML = {"load": "safe_load", "unsafe_load": "safe_load", "full_load": "safe_load"}
_YAML.update({k + "_all": v + "_all" for k, v in _YAML.items()})
_SECRET_PATH = re.compile(r"token|secret|cred|passw|private|\.pem|\.key\b|ssh|api_?key", re.IGNORECASE)
_SAFE_LOADERS = {"yaml.SafeLoader", "yaml.CSafeLoader", "yaml.BaseLoader", "yaml.CBaseLoader"}


def _named(ctx: Context, names: set[str]) -> list[cst.Call]:
    return ctx.find(cst.Call, lambda c: ctx.qualname(c.func) in names)


def swap_func(ctx: Context, call: cst.Call, module: str, attr: str) -> tuple[cst.Call, tuple[str, ...]]:
    """call with its function renamed to module.attr: `y.load` keeps its alias, a bare `load` gets qualified."""
    if isinstance(call.func, cst.Attribute) and ctx.qualname(call.func.value) == module:
        return call.with_changes(func=call.func.with_changes(attr=cst.Name(attr))), ()
    return call.with_changes(func=cst.parse_expression(f"{module}.{attr}")), (module.split(".")[0],)


def yaml_load(ctx: Context) -> list[Draft]:
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    imports: tuple[str, ...] = ()
    for call in _named(ctx, {f"yaml.{k}" for k in _YAML}):
        name = ctx.qualname(call.func) or ""
        loader = calls.kwarg(call, "Loader")
        pos = calls.positional(call)
        if loader is None and len(pos) == 2:
            loader = pos[1]
        if loader is not None and ctx.qualname(loader.value) in _SAFE_LOADERS:
            continue
        new, imports = swap_func(ctx, call, "yaml", _YAML[name.rsplit(".", 1)[-1]])
        if loader is not None:
            new = calls.remove_arg(new, next(a for a, o in zip(new.args, call.args) if o is loader))
        out[call] = new
    return [Draft("yaml-safe-load", out, imports)] if out else []


def eval_call(ctx: Context) -> list[Draft]:
    # eval of source text assembled here (f"lambda r: r['{f}']") is code, not data: literal_eval cannot stand in
    found = [
        c
        for c in _named(ctx, {"eval"})
        if len(c.args) == 1 and not c.args[0].keyword and not c.args[0].star and not _assembled(c.args[0].value)
    ]
    literal_eval = cst.parse_expression("ast.literal_eval")
    out: dict[cst.CSTNode, cst.CSTNode] = {c: c.with_changes(func=literal_eval) for c in found}
    drafts = [Draft("eval-to-literal-eval", out, ("ast",))] if out else []
    getters: dict[cst.CSTNode, cst.CSTNode] = {}
    for c in _named(ctx, {"eval"}):
        if len(c.args) == 1 and not c.args[0].keyword and (getter := _getter(ctx, c.args[0].value)):
            getters[c] = cst.parse_expression(getter)
    return drafts + ([Draft("eval-lambda-to-getter", getters, ("operator",))] if getters else [])


_ITEM_LAMBDA = re.compile(r"\s*lambda\s+(?P<arg>\w+)\s*:\s*(?P=arg)\s*\[\s*(?P<q>['\"])")
_ATTR_LAMBDA = re.compile(r"\s*lambda\s+(?P<arg>\w+)\s*:\s*(?P=arg)\.")


def _getter(ctx: Context, expr: cst.BaseExpression) -> str | None:
    """`eval(f"lambda r: r['{field}']")` builds a key function from source text: operator.itemgetter(field) is
    that function without running text; `lambda r: r.{name}` is operator.attrgetter(name)."""
    t = flatten(expr)
    if t is not None and len(t) == 2:
        t = [*t, ""]
    if t is None or len(t) != 3 or not isinstance(t[0], str) or not isinstance(t[2], str):
        return None
    value = t[1]
    if not isinstance(value, Value) or value.conversion or value.spec:
        return None
    field = ctx.code(value.expr)
    if (m := _ITEM_LAMBDA.fullmatch(t[0])) and re.fullmatch(rf"{m['q']}\s*\]\s*", t[2]):
        return f"operator.itemgetter({field})"
    if _ATTR_LAMBDA.fullmatch(t[0]) and not t[2].strip():
        return f"operator.attrgetter({field})"
    return None


_ARITHMETIC = "_eval_arithmetic"
_ARITHMETIC_SOURCE = f'''\
def {_ARITHMETIC}(expression: str, names=None):
    """Value of an arithmetic expression: numbers, + - * / // % **, unary signs and parentheses, and the names
    and functions of `names` (the mapping the code evaluated the text with). Attributes, other names and calls,
    and anything else are refused (ValueError), so the text cannot run code."""
    binary = {{ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
              ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow}}
    unary = {{ast.UAdd: operator.pos, ast.USub: operator.neg}}
    names = dict(names or {{}})

    def value(node: ast.AST):
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            return node.value
        if isinstance(node, ast.Name) and node.id in names and not node.id.startswith("_"):
            return names[node.id]
        if isinstance(node, ast.UnaryOp) and type(node.op) in unary:
            return unary[type(node.op)](value(node.operand))
        if isinstance(node, ast.BinOp) and type(node.op) in binary:
            left, right = value(node.left), value(node.right)
            if isinstance(node.op, ast.Pow) and abs(right) > 1000:
                raise ValueError("exponent too large")
            return binary[type(node.op)](left, right)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and callable(names.get(node.func.id))
                and not node.keywords and not node.func.id.startswith("_")):
            return names[node.func.id](*(value(a) for a in node.args))
        raise ValueError(f"not arithmetic: {{type(node).__name__}}")

    return value(ast.parse(expression.strip(), mode="eval").body)
'''


def eval_arithmetic(ctx: Context) -> list[Draft]:
    """`eval(text)`, or `eval(text, {"__builtins__": {}}, names)` (a formula over the code's own names and
    functions, which the builtins trick does not ensure: a subclass walk escapes it) → a small evaluator of
    arithmetic on the tree that looks names up in the same mapping and refuses attributes. Whether the text is
    arithmetic or a literal (ast.literal_eval, the other family's candidate) is left to verification."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in _named(ctx, {"eval", "builtins.eval"}):
        pos = calls.positional(call)
        if len(pos) == 1 and len(call.args) == 1:
            parts = flatten(pos[0].value)
            text = "".join(p for p in parts or () if isinstance(p, str))
            if not re.fullmatch(r"[\d\s.+\-*/%(),eE]*", text):  # text built around code (a lambda): not a formula
                continue
            out[call] = cst.parse_expression(f"{_ARITHMETIC}({ctx.code(pos[0].value)})")
            continue
        if len(pos) not in (2, 3) or len(call.args) != len(pos) or not _no_builtins(pos[1].value):
            continue
        names = pos[2].value if len(pos) == 3 else None
        if names is None or (isinstance(names, cst.Dict) and not names.elements):
            out[call] = cst.parse_expression(f"{_ARITHMETIC}({ctx.code(pos[0].value)})")
        else:  # the formula's variables and functions, as the code handed them to eval
            out[call] = cst.parse_expression(f"{_ARITHMETIC}({ctx.code(pos[0].value)}, {ctx.code(names)})")
    if not out:
        return []
    helper = ctx.helper_once(_ARITHMETIC, _ARITHMETIC_SOURCE)
    if helper is None:
        return []
    return [Draft("eval-to-arithmetic", out, ("ast", "operator"), helper)]


def _no_builtins(expr: cst.BaseExpression) -> bool:
    """{"__builtins__": {}} (or None): a globals dict that only takes the builtins away."""
    if not isinstance(expr, cst.Dict) or len(expr.elements) != 1 or not isinstance(expr.elements[0], cst.DictElement):
        return False
    key, value = expr.elements[0].key, expr.elements[0].value
    empty = (isinstance(value, cst.Dict) and not value.elements) or (isinstance(value, cst.Name) and value.value == "None")
    return literal_text(key) == "__builtins__" and empty


_SETTINGS_LOOP = """\
for _stmt in ast.parse({text}).body:
    if not (isinstance(_stmt, ast.Assign) and len(_stmt.targets) == 1 and isinstance(_stmt.targets[0], ast.Name)):
        raise ValueError(f"line {{_stmt.lineno}}: only 'name = literal' assignments are allowed")
    {namespace}[_stmt.targets[0].id] = ast.literal_eval(_stmt.value)
"""


def exec_settings(ctx: Context) -> list[Draft]:
    """`exec(text, globals, namespace)` run to collect settings → the text parsed, each `name = literal` line's
    value read with ast.literal_eval into namespace; anything else (calls, imports, defs) is refused."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in _named(ctx, {"exec", "builtins.exec"}):
        pos = calls.positional(call)
        stmt = ctx.statement_of(call)
        if len(pos) not in (2, 3) or len(call.args) != len(pos) or not isinstance(pos[-1].value, cst.Name):
            continue
        small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
        if stmt is None or not (isinstance(small, cst.Expr) and small.value is call):
            continue  # exec's value (None) used, or other statements on the line
        text = pos[0].value
        if isinstance(text, cst.Call) and ctx.qualname(text.func) in ("compile", "builtins.compile") and text.args:
            text = text.args[0].value  # exec(compile(source, name, "exec")) runs source: parse source itself
        loop = cst.parse_statement(_SETTINGS_LOOP.format(text=ctx.code(text), namespace=pos[-1].value.value),
                                   config=ctx.module.config_for_parsing)
        out[stmt] = cst.FlattenSentinel([loop])  # type: ignore[assignment]
    return [Draft("exec-to-literal-settings", out, ("ast",))] if out else []


def _assembled(expr: cst.BaseExpression) -> bool:
    t = flatten(expr)
    return t is not None and has_values(t)


_SERIALIZERS = ("pickle", "cPickle", "_pickle", "marshal")


def pickle_loads(ctx: Context) -> list[Draft]:
    """pickle/marshal.load(s) → json.load(s) (both accept bytes). When the file also writes that format, its
    dump(s) calls become json too, or what it saves would no longer load: dumps(x) → json.dumps(x).encode(),
    dump(x, fh) → fh.write(json.dumps(x).encode()), so files opened in binary mode keep working."""
    readers = {f"{m}.{f}" for m in _SERIALIZERS for f in ("load", "loads")}
    found = [c for c in _named(ctx, readers) if len(c.args) == 1 and not c.args[0].keyword and not c.args[0].star]
    if not found:
        return []
    modules = {(ctx.qualname(c.func) or "").rsplit(".", 1)[0] for c in found}
    out: dict[cst.CSTNode, cst.CSTNode] = {
        c: c.with_changes(func=cst.parse_expression(f"json.{(ctx.qualname(c.func) or '').rsplit('.', 1)[1]}"))
        for c in found
    }
    writers = _json_writers(ctx, modules)
    if writers is None:
        return []
    return [Draft("pickle-to-json", out, ("json",), writers)]


def _json_writers(ctx: Context, modules: set[str]) -> tuple[Edit, ...] | None:
    """Line edits turning the file's dump/dumps calls of modules into json; None when one cannot be."""
    full = cst.parse_module(ctx.source)

    class Writers(cst.CSTTransformer):
        failed = False

        def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
            name = ctx.qualname(updated.func)  # the pruned module keeps every import: same aliases
            if name is None:
                return updated
            head, _, attr = name.rpartition(".")
            if head not in modules or attr not in ("dump", "dumps"):
                return updated
            pos = [a for a in updated.args if not a.keyword and not a.star]
            if attr == "dumps" and len(pos) >= 1:
                return cst.parse_expression(f'json.dumps({full.code_for_node(pos[0].value)}).encode("utf-8")')
            if attr == "dump" and len(pos) >= 2:
                data, fh = (full.code_for_node(a.value) for a in pos[:2])
                return cst.parse_expression(f'{fh}.write(json.dumps({data}).encode("utf-8"))')
            self.failed = True
            return updated

    t = Writers()
    new = full.visit(t)
    if t.failed:
        return None
    old_lines, new_lines = ctx.source.splitlines(keepends=True), new.code.splitlines(keepends=True)
    if len(old_lines) != len(new_lines):
        return None
    return tuple(Edit(n, n, b) for n, (a, b) in enumerate(zip(old_lines, new_lines), 1)
                 if a != b and not ctx.start <= n <= ctx.end)


def weak_hash(ctx: Context) -> list[Draft]:
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    kdf: dict[cst.CSTNode, cst.CSTNode] = {}
    imports: tuple[str, ...] = ()
    for call in _named(ctx, {"hashlib.md5", "hashlib.sha1", "hashlib.new"}):
        flag = calls.kwarg(call, "usedforsecurity")
        if flag is not None and calls.is_false(flag.value):
            continue
        if ctx.qualname(call.func) == "hashlib.new":
            pos = calls.positional(call)
            algo = pos[0].value if pos else None
            text = literal_text(algo) if algo is not None else None
            if text is None or text.lower() not in ("md5", "sha1") or not isinstance(algo, cst.SimpleString):
                continue
            out[call] = calls.replace_arg(call, pos[0], cst.SimpleString(f"{algo.quote}sha256{algo.quote}"))
        else:
            out[call], imports = swap_func(ctx, call, "hashlib", "sha256")
            kdf.update(_password_kdf(ctx, call))
    # a strong digest of a password is still a fast one (CWE-916): only the key derivation fixes it
    for call in _named(ctx, {f"hashlib.{name}" for name in _FAST_DIGESTS}):
        kdf.update(_password_kdf(ctx, call))
    drafts = [Draft("password-hash-to-pbkdf2", kdf, ("hashlib",))] if kdf else []
    return drafts + ([Draft("weak-hash-to-sha256", out, imports)] if out else [])


_FAST_DIGESTS = ("sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s")


def _password_kdf(ctx: Context, call: cst.Call) -> dict[cst.CSTNode, cst.CSTNode]:
    """hashlib.sha1(salt + secret).hexdigest(), where the file draws the salt at random → a slow salted key
    derivation (CWE-916). Which operand is the salt comes from the code: the one holding a name the file binds
    to os.urandom(...) or secrets.token_*(...); anything else is declined."""
    pos = calls.positional(call)
    arg = pos[0].value if len(pos) == 1 and len(call.args) == 1 else None
    encode = ""
    if isinstance(arg, cst.Call) and isinstance(arg.func, cst.Attribute) and arg.func.attr.value == "encode":
        encode = ctx.code(arg)[len(ctx.code(arg.func.value)):]  # `.encode("utf-8")`, kept for both operands
        arg = arg.func.value
    while isinstance(arg, cst.BaseExpression) and arg.lpar:
        arg = arg.with_changes(lpar=[], rpar=[])
    if not (isinstance(arg, cst.BinaryOperation) and isinstance(arg.operator, cst.Add)):
        return {}
    random_names = _random_names(ctx)
    sides = [arg.left, arg.right]
    salt = [e for e in sides if _names_in(e) & random_names]
    method = ctx.parent(call)
    outer = ctx.parent(method) if isinstance(method, cst.Attribute) else None
    if len(salt) != 1 or not isinstance(outer, cst.Call) or outer.args:
        return {}
    secret = sides[1] if salt[0] is sides[0] else sides[0]
    suffix = {"hexdigest": ".hex()", "digest": ""}.get(method.attr.value) if isinstance(method, cst.Attribute) else None
    if suffix is None:
        return {}
    pw, sl = ctx.code(secret) + encode, ctx.code(salt[0]) + encode
    code = f'hashlib.pbkdf2_hmac("sha256", {pw}, {sl}, 600_000){suffix}'
    return {outer: cst.parse_expression(code)}


_RANDOM_SOURCES = {"os.urandom", "secrets.token_bytes", "secrets.token_hex", "secrets.token_urlsafe"}


def _random_names(ctx: Context) -> set[str]:
    """Names the file binds to random bytes or text (`salt = os.urandom(16)`, `x if x else secrets.token_hex()`)."""
    out: set[str] = set()
    tree = ast.parse(ctx.source)
    aliases = ctx.aliases
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign):
            continue
        drawn = any(isinstance(c, ast.Call) and _dotted_alias(c.func, aliases) in _RANDOM_SOURCES
                    for c in ast.walk(node.value))
        if drawn:
            out |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return out


def _dotted_alias(node: object, aliases: dict[str, str]) -> str:
    if isinstance(node, ast.Name):
        return aliases.get(node.id, node.id)
    if isinstance(node, ast.Attribute):
        return f"{_dotted_alias(node.value, aliases)}.{node.attr}"
    return ""


def _names_in(node: cst.CSTNode) -> set[str]:
    found = {node.value} if isinstance(node, cst.Name) else set()
    for child in node.children:
        found |= _names_in(child)
    return found


def _no_cert(ctx: Context, node: cst.CSTNode) -> bool:
    """ssl.CERT_NONE set or passed (not compared with: `if ctx.verify_mode == ssl.CERT_NONE` reads a setting)."""
    return isinstance(node, cst.Attribute) and ctx.qualname(node) == "ssl.CERT_NONE" and not any(
        isinstance(a, cst.Comparison) for a in ctx.ancestors(node))


def _no_host_check(node: cst.CSTNode) -> TypeGuard[cst.Assign]:
    """`x.check_hostname = False`."""
    return isinstance(node, cst.Assign) and len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Attribute) \
        and node.targets[0].target.attr.value == "check_hostname" and isinstance(node.value, cst.Name) \
        and node.value.value == "False"


def ssl_context(ctx: Context) -> list[Draft]:
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    imports: tuple[str, ...] = ()
    for call in _named(ctx, {"ssl._create_unverified_context"}):
        if not call.args:
            out[call], imports = swap_func(ctx, call, "ssl", "create_default_context")
    # CERT_NONE and `context.check_hostname = False` are one weakness: both change together, in the whole function
    # (turning the host check on while a later line still sets CERT_NONE raises; CERT_REQUIRED alone checks no name)
    flagged = [n for n in ctx.nodes() if _no_cert(ctx, n) or _no_host_check(n)]
    if flagged:
        fn = next((a for a in ctx.ancestors(flagged[0]) if isinstance(a, cst.FunctionDef)), None)
        for node in ctx.nodes_in(fn) if fn is not None else flagged:
            if _no_cert(ctx, node):
                out[node] = node.with_changes(attr=cst.Name("CERT_REQUIRED"))
            elif _no_host_check(node):
                out[node.value] = cst.Name("True")
    return [Draft("ssl-verified-context", out, imports)] if out else []


def mktemp(ctx: Context) -> list[Draft]:
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    imports: tuple[str, ...] = ()
    for call in _named(ctx, {"tempfile.mktemp"}):
        if any(a.star for a in call.args) or len(calls.positional(call)) > 3:
            continue
        parts = ["delete=False"]
        for name, a in zip(("suffix", "prefix", "dir"), calls.positional(call)):
            parts.append(f"{name}={ctx.code(a.value)}")
        parts += [f"{a.keyword.value}={ctx.code(a.value)}" for a in call.args if a.keyword is not None]
        fn = ctx.code(call.func) if isinstance(call.func, cst.Attribute) else "tempfile.mktemp"
        if not isinstance(call.func, cst.Attribute):
            imports = ("tempfile",)
        code = f"{fn[: -len('mktemp')]}NamedTemporaryFile({', '.join(parts)}).name"
        out[call] = cst.parse_expression(code)
    return [Draft("mktemp-to-named-temporary-file", out, imports)] if out else []


def chmod(ctx: Context) -> list[Draft]:
    """Narrower modes, for verification to choose from: all of other users' bits off (0o777 → 0o770: owner and
    group keep what they had), only their write (0o775), group and other write off (0o755), and owner-only,
    first for a file that holds a secret."""
    names = ("chmod-drop-world", "chmod-drop-world-write", "chmod-drop-group-other-write", "chmod-owner-only")
    found: dict[str, tuple[dict[cst.CSTNode, cst.CSTNode], list[Edit]]] = {n: ({}, []) for n in names}
    secret_first = False
    for call in ctx.find(cst.Call, lambda c: (ctx.qualname(c.func) or "").rsplit(".", 1)[-1] == "chmod"):
        pos = calls.positional(call)
        mode_arg = calls.kwarg(call, "mode") or (pos[-1] if pos else None)
        constant = module_int(ctx.source, mode_arg.value.value) if mode_arg is not None and isinstance(
            mode_arg.value, cst.Name) else None
        if mode_arg is None or not isinstance(mode_arg.value, cst.Integer) and constant is None:
            continue
        mode = constant[0] if constant is not None else int(cast(cst.Integer, mode_arg.value).value.replace("_", ""), 0)
        where = [ctx.code(call), *(a.name.value for a in ctx.ancestors(call) if isinstance(a, cst.FunctionDef))]
        secret = any(_SECRET_PATH.search(w) for w in where)
        secret_first = secret_first or secret
        modes = (mode & ~0o007, mode & ~0o002, mode & ~0o022, mode & (0o600 if secret else 0o700))
        for name, new_mode in zip(names, modes):
            if new_mode == mode:
                continue
            replacements, moved = found[name]
            if constant is not None:  # the constant is changed where it is set
                moved.append(constant[1](format(new_mode, "#o")))
            else:
                replacements[call] = calls.replace_arg(call, mode_arg, cst.Integer(format(new_mode, "#o")))
    drafts = [Draft(name, replacements, elsewhere=tuple(moved)) for name, (replacements, moved) in found.items()
              if replacements or moved]
    if secret_first:
        drafts.sort(key=lambda d: d.name != "chmod-owner-only")
    return drafts


def random_token(ctx: Context) -> list[Draft]:
    from aiharden.repair.codemods.randoms import to_secrets

    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call, lambda c: (ctx.qualname(c.func) or "").startswith("random.")):
        new = to_secrets(ctx, call)
        if new is not None:
            out[call] = new
    # a replaced call nested in another replaced call would be lost: keep the outermost only
    for node in list(out):
        if any(a in out for a in ctx.ancestors(node)):
            del out[node]
    return [Draft("random-to-secrets", out, ("secrets",))] if out else []


_WRITE_MODE = re.compile(r"^[rb+t]*[wax]")


def private_file(ctx: Context) -> list[Draft]:
    """A secret written through open(path, "w") — the flagged write inside `with open(...) as fh:` or after
    `fh = open(...)` — gets a file created for its owner only: open(..., opener=lambda p, f: os.open(p, f, 0o600)).
    The data and the file's name stay as they were; an existing file keeps the mode it has."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for stmt in ctx.statements:
        for owner in [stmt, *ctx.ancestors(stmt)]:
            opens = []
            if isinstance(owner, cst.With):
                opens = [i.item for i in owner.items if isinstance(i.item, cst.Call)]
            for call in opens:
                if ctx.qualname(call.func) not in ("open", "io.open") or calls.kwarg(call, "opener"):
                    continue
                pos = calls.positional(call)
                mode = calls.kwarg(call, "mode") or (pos[1] if len(pos) > 1 else None)
                if mode is None or not isinstance(mode.value, cst.SimpleString) or not _WRITE_MODE.match(
                        str(mode.value.evaluated_value)):
                    continue
                out[call] = calls.set_kwarg(call, "opener", cst.parse_expression(
                    "lambda name, flags: os.open(name, flags, 0o600)"))
    return [Draft("private-file-opener", out, imports=("os",))] if out else []
