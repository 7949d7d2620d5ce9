"""What a probe can drive: the function that holds a finding, how to call it, and what it reads from its caller.

Read from the original file's syntax tree only. A function the probe cannot drive (nested in another function,
a method of a class it cannot build, a view whose app it cannot find) gets a reason instead of a guess.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace

NO_DEFAULT = object()
CODE_DEFAULT = object()  # a default the code computes (a constant's name, Query(...)): the call leaves it out
_ROUTE_VERBS = {"route": "GET", "get": "GET", "post": "POST", "put": "PUT", "delete": "DELETE", "patch": "PATCH",
                "api_route": "GET"}
_ERROR_HANDLERS = ("errorhandler", "exception_handler")
_UNHANDLED = ("Exception", "BaseException", "500", "InternalServerError")
ERROR_ROUTE = "/__probe_error__"  # the child adds it to the application: it fails when the call is a fault
_APP_CLASSES = {"Flask": "flask", "Blueprint": "flask", "FastAPI": "fastapi", "APIRouter": "fastapi"}
_REQUEST_SOURCES = {"args": "query", "form": "form", "values": "query", "cookies": "cookies", "headers": "headers",
                    "GET": "query", "POST": "form", "COOKIES": "cookies", "query_params": "query",
                    "files": "files", "FILES": "files"}
_FOLDER_CALLS = {"join", "Path", "PurePath", "PosixPath", "send_from_directory", "listdir", "scandir", "safe_join",
                 "realpath", "abspath", "joinpath", "resolve", "glob", "walk", "makedirs", "mkdir", "chdir"}
_CONN_NAMES = {"conn", "connection", "db", "database", "con"}
_CURSOR_NAMES = {"cursor", "cur"}


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # text, int, float, bool, bytes, path, conn, cursor, base, list, dict, other
    default: object = NO_DEFAULT
    item: str = ""  # for a list: its items' kind (text, dict, ..., "record:Name" for a class of the module)


@dataclass(frozen=True)
class Target:
    kind: str  # function, method, flask, fastapi, django
    name: str
    start: int
    end: int
    cls: str | None = None
    app: str | None = None
    route: str | None = None
    method: str = "GET"
    params: tuple[Param, ...] = ()
    init_params: tuple[Param, ...] = ()
    inputs: tuple[tuple[str, str], ...] = ()  # web views: (where, key), where in query, form, json, cookies, headers, files
    route_vars: tuple[str, ...] = ()
    rebase: tuple[str, ...] = ()  # module-level names the function uses as a folder
    choices: tuple[tuple[str, str], ...] = ()  # (input, a value the code accepts): `if code not in LANGUAGES`
    path_folders: tuple[str, ...] = ()  # folder parameters the code joins with `/` (they must be Path objects)
    error_values: tuple[object, ...] = ()  # literals the function's own except handlers return
    raises: tuple[str, ...] = ()  # exception names the function raises itself
    handled: tuple[str, ...] = ()  # exception names the module catches: its callers' convention for failure
    is_async: bool = False
    notes: tuple[str, ...] = field(default=())
    # the module's record classes (dataclass, TypedDict, NamedTuple, pydantic model) a parameter holds: their
    # fields and each field's kind
    records: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()


def _enclosing(tree: ast.Module, line: int) -> tuple[ast.FunctionDef | ast.AsyncFunctionDef, ast.ClassDef | None] | None:
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.lineno <= line <= (node.end_lineno or 0):
            return node, None
        if isinstance(node, ast.ClassDef) and node.lineno <= line <= (node.end_lineno or 0):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                        item.lineno <= line <= (item.end_lineno or 0):
                    return item, node
    return None


def _literal(node: ast.expr | None) -> object:
    if node is None:
        return NO_DEFAULT
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return NO_DEFAULT


def _folder_names(fn: ast.AST) -> set[str]:
    """Names the code uses as a folder: the first argument of a path join, the left side of `/`, `{X}/...`."""
    out: set[str] = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in _FOLDER_CALLS and node.args:
                out |= _names_of(node.args[0])
            if isinstance(func, ast.Attribute) and func.attr in ("joinpath", "resolve", "glob", "iterdir", "rglob"):
                out |= _names_of(func.value)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            out |= _names_of(node.left)
        elif isinstance(node, ast.JoinedStr) and len(node.values) >= 2:
            first, second = node.values[0], node.values[1]
            if isinstance(first, ast.FormattedValue) and isinstance(second, ast.Constant) and \
                    str(second.value).startswith("/"):
                out |= _names_of(first.value)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.right, ast.Constant) \
                and isinstance(node.right.value, str) and node.right.value.startswith("/"):
            out |= _names_of(node.left)
    return out


def _names_of(node: ast.expr) -> set[str]:
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
        return {"self." + node.attr}
    if isinstance(node, ast.Call) and node.args:  # Path(BASE), str(BASE)
        return _names_of(node.args[0])
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        return _names_of(node.left)
    return set()


def _divided(fn: ast.AST) -> set[str]:
    return {n for node in ast.walk(fn) if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div)
            for n in _names_of(node.left)}


def _choices(tree: ast.Module, fn: ast.AST) -> tuple[tuple[str, str], ...]:
    """Inputs the function checks against a module-level collection of strings, with one member of it."""
    consts: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            value = _literal(node.value)
            items = list(value) if isinstance(value, (set, frozenset, list, tuple, dict)) else []
            if isinstance(node.value, ast.Dict) and not items:  # a table keyed by literals: {"alice": hash(...)}
                items = [k.value for k in node.value.keys if isinstance(k, ast.Constant)]
            first = sorted(i for i in items if isinstance(i, str))
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target]):
                if isinstance(t, ast.Name) and first:
                    consts[t.id] = first[0]
    out: list[tuple[str, str]] = []
    for cmp in ast.walk(fn):
        if isinstance(cmp, ast.Compare) and len(cmp.ops) == 1 and isinstance(cmp.ops[0], (ast.In, ast.NotIn)) \
                and isinstance(cmp.comparators[0], ast.Name) and cmp.comparators[0].id in consts:
            for name in _names_of(cmp.left):
                out.append((name, consts[cmp.comparators[0].id]))
        # a lookup in a module-level mapping: REPORTS.get(name), REPORTS[name]
        key = None
        if isinstance(cmp, ast.Call) and isinstance(cmp.func, ast.Attribute) and cmp.func.attr == "get" and \
                isinstance(cmp.func.value, ast.Name) and cmp.func.value.id in consts and cmp.args:
            key, table = cmp.args[0], cmp.func.value.id
        elif isinstance(cmp, ast.Subscript) and isinstance(cmp.value, ast.Name) and cmp.value.id in consts:
            key, table = cmp.slice, cmp.value.id
        if isinstance(key, ast.Name):
            out.append((key.id, consts[table]))
        elif (read := _request_key(key)) is not None:  # USERS.get(request.form.get("username", ""))
            out.append((read, consts[table]))
    return tuple(out)


def _request_key(expr: ast.AST | None) -> str | None:
    """"k" of request.form.get("k", ...), request.args["k"] and the like: the input a lookup reads."""
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "get":
        receiver, key = expr.func.value, expr.args[0] if expr.args else None
    elif isinstance(expr, ast.Subscript):
        receiver, key = expr.value, expr.slice
    else:
        return None
    within = isinstance(receiver, ast.Attribute) and isinstance(receiver.value, ast.Name) and \
        receiver.value.id == "request"
    return key.value if within and isinstance(key, ast.Constant) and isinstance(key.value, str) else None


_KINDS = {"bytes": "bytes", "bytearray": "bytes", "Path": "path", "PurePath": "path", "str": "text", "Any": "text",
          "int": "int", "float": "float", "bool": "bool", "list": "list", "List": "list", "Sequence": "list",
          "Iterable": "list", "Collection": "list", "set": "list", "tuple": "list", "Tuple": "list",
          "dict": "dict", "Dict": "dict", "Mapping": "dict", "MutableMapping": "dict"}


def _outer(ann: ast.expr) -> str:
    """The outermost type of an annotation, Optional and `| None` taken away: Sequence[Mapping[str, int]] → Sequence."""
    if isinstance(ann, ast.Constant) and isinstance(ann.value, str):
        try:
            return _outer(ast.parse(ann.value, mode="eval").body)
        except SyntaxError:
            return ""
    if isinstance(ann, ast.BinOp) and isinstance(ann.op, ast.BitOr):
        left = _outer(ann.left)
        return left if left != "None" else _outer(ann.right)
    if isinstance(ann, ast.Subscript):
        base = _outer(ann.value)
        if base in ("Optional", "Union"):
            first = ann.slice.elts[0] if isinstance(ann.slice, ast.Tuple) else ann.slice
            return _outer(first)
        return base
    if isinstance(ann, ast.Attribute):
        return ann.attr
    if isinstance(ann, ast.Name):
        return ann.id
    return "None" if isinstance(ann, ast.Constant) and ann.value is None else ""


def element(ann: ast.expr | None) -> str:
    """The outer type of a collection's items: Sequence[Mapping[str, str]] → Mapping."""
    if isinstance(ann, ast.Subscript) and _outer(ann) in _KINDS:
        if _outer(ann.value) in ("Optional", "Union"):
            return element(ann.slice.elts[0] if isinstance(ann.slice, ast.Tuple) else ann.slice)
        inner = ann.slice.elts[0] if isinstance(ann.slice, ast.Tuple) else ann.slice
        return _outer(inner)
    if isinstance(ann, ast.BinOp):
        return element(ann.left) or element(ann.right)
    return ""


def _kind(arg: ast.arg, default: object, folders: set[str]) -> str:
    ann = ast.unparse(arg.annotation) if arg.annotation is not None else ""
    name = arg.arg
    if name in folders:
        return "base"
    if re.search(r"\bCursor\b", ann) or (not ann and name in _CURSOR_NAMES):
        return "cursor"
    if re.search(r"\bEngine\b", ann):
        return "engine"
    if re.search(r"Connection\b", ann) or (not ann and name in _CONN_NAMES):
        return "conn"
    if re.search(r"\bCallable\b", ann):
        return "callable"
    if arg.annotation is not None:
        return _KINDS.get(_outer(arg.annotation), "other")
    if default is NO_DEFAULT or isinstance(default, str) or default is None:
        return "text"
    return {bool: "bool", int: "int", float: "float", bytes: "bytes"}.get(type(default), "other")


def _params(fn: ast.FunctionDef | ast.AsyncFunctionDef, skip_first: bool, folders: set[str]) -> tuple[Param, ...]:
    args = fn.args
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    pairs = list(zip(positional, defaults)) + list(zip(args.kwonlyargs, args.kw_defaults))
    if skip_first and pairs:
        pairs = pairs[1:]
    out = []
    for arg, node in pairs:
        default = _literal(node)
        if node is not None and default is NO_DEFAULT:
            default = CODE_DEFAULT
        kind = _kind(arg, None if default is CODE_DEFAULT else default, folders)
        item = _KINDS.get(element(arg.annotation), "text") if kind == "list" else ""
        out.append(Param(arg.arg, kind, default, item))
    return tuple(out)


def _route(fn: ast.FunctionDef | ast.AsyncFunctionDef, apps: dict[str, str]) -> tuple[str, str, str, str] | None:
    for dec in fn.decorator_list:
        if not (isinstance(dec, ast.Call) and isinstance(dec.func, ast.Attribute)
                and isinstance(dec.func.value, ast.Name) and dec.func.value.id in apps):
            continue
        verb = dec.func.attr
        if verb in _ERROR_HANDLERS and dec.args and ast.unparse(dec.args[0]) in _UNHANDLED:
            # a handler of unhandled errors: driven through a route of the probe's own that fails
            return apps[dec.func.value.id], dec.func.value.id, ERROR_ROUTE, "GET"
        if verb not in _ROUTE_VERBS or not dec.args or not isinstance(dec.args[0], ast.Constant):
            continue
        method = _ROUTE_VERBS[verb]
        for kw in dec.keywords:
            methods = _literal(kw.value) if kw.arg == "methods" else None
            if isinstance(methods, (list, tuple)) and methods:
                method = "POST" if "POST" in methods else str(methods[0]).upper()
        return apps[dec.func.value.id], dec.func.value.id, str(dec.args[0].value), method
    return None


def _factory_view(fn: ast.FunctionDef | ast.AsyncFunctionDef, line: int,
                  tree: ast.Module) -> tuple[ast.FunctionDef | ast.AsyncFunctionDef, tuple[str, ...]] | str | None:
    """A view (or error handler) that an application factory defines around line — `def create_app(): app =
    Flask(...); @app.route(...) def view(): ...; return app` — with the module's classes that build the factory's
    required arguments (`create_app(repo: OrderRepository)`), or why the probe cannot build its application."""
    apps = _apps(fn)
    if not apps:
        return None
    inner = [n for n in ast.walk(fn) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n is not fn
             and n.lineno <= line <= (n.end_lineno or 0) and _route(n, apps)]
    if not inner:
        return None
    a = fn.args
    if any(d is None for d in a.kw_defaults):
        return "the view is defined by an application factory that needs arguments"
    required = (a.posonlyargs + a.args)[:len(a.posonlyargs) + len(a.args) - len(a.defaults)]
    builders = []
    for arg in required:
        annotation = ast.unparse(arg.annotation) if arg.annotation is not None else ""
        cls = _builder(tree, annotation) or _plain_value(arg.arg, annotation)
        if cls is None:
            return "the view is defined by an application factory that needs arguments"
        builders.append(cls)
    return inner[-1], tuple(builders)


_FOLDER = re.compile(r"(?i)(dir|folder|root|directory)s?$")
_FILE = re.compile(r"(?i)(path|file|database|db|filename)$")
_SECRET = re.compile(r"(?i)(secret|key|token|password|salt)")


def _plain_value(name: str, annotation: str) -> str | None:
    """A value for a factory argument of a plain type, as the child builds it (`=dir:uploads`, `=text:...`): a
    folder or a file path inside the probe's own folder for a path-like name, a secret-looking text for a key, an
    empty mapping or list; None for anything else."""
    base = annotation.split("[", 1)[0].rsplit(".", 1)[-1]
    if base in ("str", "Path", "PathLike") and _FOLDER.search(name):
        return f"=dir:{name}"
    if base in ("str", "Path", "PathLike") and _FILE.search(name):
        return f"=path:{name}"
    if base in ("str", "bytes") and _SECRET.search(name):
        return f"={base}:probe-{name}-0123456789abcdef0123456789abcdef"
    return {"dict": "={}", "Mapping": "={}", "MutableMapping": "={}", "list": "=[]", "Sequence": "=[]",
            "int": "=1", "float": "=1", "bool": "=True", "str": "=str:probe"}.get(base)


def _builder(tree: ast.Module, annotation: str) -> str | None:
    """A class of the module that makes a value of the annotated type with no arguments: the class itself, or, for a
    Protocol or base class, one of the module's classes that derives from it or has all of its methods."""
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    wanted = classes.get(annotation)
    if wanted is None:
        return None
    methods = {m.name for m in wanted.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))}
    protocol = any(ast.unparse(b).endswith(("Protocol", "ABC")) for b in wanted.bases)
    options = [wanted] if not protocol else []
    options += [c for c in classes.values() if c is not wanted and (
        annotation in {ast.unparse(b) for b in c.bases}
        or methods <= {m.name for m in c.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))})]
    return next((c.name for c in options if _buildable(c)), None)


def _buildable(cls: ast.ClassDef) -> bool:
    """The class can be made with no arguments: its __init__ defaults every one, and a dataclass every field."""
    init = next((n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
    if init is not None:
        a = init.args
        return len(a.defaults) >= len(a.posonlyargs) + len(a.args) - 1 and all(d is not None for d in a.kw_defaults)
    if any("dataclass" in ast.unparse(d) for d in cls.decorator_list):
        return all(n.value is not None for n in cls.body if isinstance(n, ast.AnnAssign))
    return True


def _apps(tree: ast.Module | ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, str]:
    """Application objects assigned at the top of a module or of an application factory's body."""
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            func = node.value.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in _APP_CLASSES:
                for t in node.targets:
                    if isinstance(t, ast.Name):
                        out[t.id] = _APP_CLASSES[name]
    return out


def _fields(cls: ast.ClassDef, folders: set[str]) -> tuple[Param, ...]:
    """A dataclass's fields, as the generated __init__ takes them."""
    if not any("dataclass" in ast.unparse(d) for d in cls.decorator_list):
        return ()
    out = []
    for node in cls.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and "ClassVar" not in ast.unparse(
                node.annotation):
            default = _literal(node.value) if node.value is not None else NO_DEFAULT
            if node.value is not None and default is NO_DEFAULT:
                default = CODE_DEFAULT
            arg = ast.arg(arg=node.target.id, annotation=node.annotation)
            kind = _kind(arg, None if default is CODE_DEFAULT else default, folders)
            out.append(Param(node.target.id, kind, default, _KINDS.get(element(node.annotation), "text")))
    return tuple(out)


def _request_inputs(fn: ast.AST, request: str = "request") -> list[tuple[str, str]]:
    """(where, key) for each value the view reads from its request."""
    found: list[tuple[str, str]] = []
    json_vars: set[str] = set()

    def source(node: ast.expr) -> str | None:
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == request:
            if node.attr in _REQUEST_SOURCES:
                return _REQUEST_SOURCES[node.attr]
            if node.attr in ("json", "data"):
                return "json"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                isinstance(node.func.value, ast.Name) and node.func.value.id == request and \
                node.func.attr in ("get_json", "json"):
            return "json"
        if isinstance(node, ast.Name) and node.id in json_vars:
            return "json"
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):  # `request.get_json(silent=True) or {}`
            return source(node.values[0])
        return None

    for node in ast.walk(fn):
        if isinstance(node, ast.Assign) and source(node.value) == "json":
            json_vars.update(t.id for t in node.targets if isinstance(t, ast.Name))
    for node in ast.walk(fn):
        key: object = None
        where = None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in ("get", "getlist", "getone") and node.args:
            where, key = source(node.func.value), _literal(node.args[0])
        elif isinstance(node, ast.Subscript):
            where, key = source(node.value), _literal(node.slice)
        if where and isinstance(key, str) and (where, key) not in found:
            found.append((where, key))
    return found


def _error_values(fn: ast.AST) -> tuple[object, ...]:
    out: list[object] = []
    for node in ast.walk(fn):
        if isinstance(node, ast.ExceptHandler):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Return):
                    value = _literal(sub.value) if sub.value is not None else None
                    if value is not NO_DEFAULT and value not in out:
                        out.append(value)
    return tuple(out)


def _raises(fn: ast.AST) -> tuple[str, ...]:
    out = []
    for node in ast.walk(fn):
        if isinstance(node, ast.Raise) and node.exc is not None:
            exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            name = exc.attr if isinstance(exc, ast.Attribute) else exc.id if isinstance(exc, ast.Name) else ""
            if name and name not in out:
                out.append(name)
    return tuple(out)


def _handled(tree: ast.Module) -> tuple[str, ...]:
    """Exception class names any `except` clause of the module names (`except etree.XMLSyntaxError`)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.type is not None:
            for t in node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]:
                if isinstance(t, ast.Name):
                    names.add(t.id)
                elif isinstance(t, ast.Attribute):
                    names.add(t.attr)
    return tuple(sorted(names - {"Exception", "BaseException"}))


_RECORD_BASES = ("TypedDict", "NamedTuple", "BaseModel")


def _records(tree: ast.Module) -> dict[str, tuple[tuple[str, str], ...]]:
    """The module's record classes with their annotated fields' kinds (a date or time is "datetime")."""
    out = {}
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef) or not (
                any("dataclass" in ast.unparse(d) for d in cls.decorator_list)
                or any(ast.unparse(b).rsplit(".", 1)[-1] in _RECORD_BASES for b in cls.bases)):
            continue
        fields = []
        for node in cls.body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and "ClassVar" not in \
                    ast.unparse(node.annotation):
                outer = _outer(node.annotation)
                fields.append((node.target.id, "datetime" if outer in ("datetime", "date") else _KINDS.get(outer, "other")))
        out[cls.name] = tuple(fields)
    return out


def _with_records(params: tuple[Param, ...], fn: ast.FunctionDef | ast.AsyncFunctionDef | None,
                  records: dict[str, tuple[tuple[str, str], ...]]) -> tuple[Param, ...]:
    """params with a record class of the module as the kind (or, for a list, the items' kind) where annotated so."""
    if fn is None or not records:
        return params
    anns = {a.arg: a.annotation for a in [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]}
    out = []
    for p in params:
        ann = anns.get(p.name)
        if ann is not None and p.kind == "list" and element(ann) in records:
            p = replace(p, item=f"record:{element(ann)}")
        elif ann is not None and _outer(ann) in records:
            p = replace(p, kind=f"record:{_outer(ann)}")
        out.append(p)
    return tuple(out)


def find(text: str, line: int) -> Target | str:
    """The drivable function around line, or why there is none."""
    found = _find(text, line)
    if isinstance(found, str):
        return found
    tree = ast.parse(text)
    records = _records(tree)
    fn_and_cls = _enclosing(tree, line)
    if not records or fn_and_cls is None:
        return found
    fn, cls = fn_and_cls
    init = next((n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None) if cls else None
    params = _with_records(found.params, fn, records)
    init_params = _with_records(found.init_params, init, records)
    used = {k.split(":", 1)[1] for p in (*params, *init_params) for k in (p.kind, p.item) if k.startswith("record:")}
    return replace(found, params=params, init_params=init_params,
                   records=tuple((name, records[name]) for name in sorted(used)))


def _find(text: str, line: int) -> Target | str:
    """The drivable function around line, or why there is none."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return "the file does not parse"
    found = _enclosing(tree, line)
    if found is None:
        return "the finding is not inside a function the probe can call"
    fn, cls = found
    factory = None
    factory_args: tuple[str, ...] = ()
    if cls is None:
        inner = _factory_view(fn, line, tree)
        if isinstance(inner, str):
            return inner
        if inner is not None:
            factory, (fn, factory_args) = fn, inner
    module_names = {t.id for n in tree.body if isinstance(n, (ast.Assign, ast.AnnAssign))
                    for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name)}
    folders = _folder_names(fn)
    base = Target("function", fn.name, fn.lineno, fn.end_lineno or fn.lineno, error_values=_error_values(fn),
                  raises=_raises(fn), handled=_handled(tree), is_async=isinstance(fn, ast.AsyncFunctionDef), choices=_choices(tree, fn),
                  path_folders=tuple(sorted(_divided(fn))))
    if cls is not None:
        if any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in fn.decorator_list):
            return replace(base, name=f"{cls.name}.{fn.name}", params=_params(fn, False, folders))
        init = next((n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
        init_params = _params(init, True, _folder_names(init) | folders) if init else _fields(cls, folders)
        self_folders = {n[5:] for n in folders if n.startswith("self.")}
        if init is not None:
            for node in ast.walk(init):  # self.root = Path(root): root is a folder
                if isinstance(node, ast.Assign) and any(isinstance(t, ast.Attribute) and t.attr in self_folders
                                                         for t in node.targets):
                    names = _names_of(node.value)
                    init_params = tuple(Param(p.name, "base", p.default) if p.name in names else p for p in init_params)
        rebase = tuple(sorted((folders | _folder_names(init) if init else folders) & module_names))
        return replace(base, kind="method", cls=cls.name, params=_params(fn, True, folders), init_params=init_params,
                       rebase=rebase)
    rebase = tuple(sorted(folders & module_names))
    route = _route(fn, _apps(factory) if factory else _apps(tree))
    if route is not None:
        framework, app, path, method = route
        # the child calls the factory for its application, with an instance of each class named after the parentheses
        app = f"{factory.name}({','.join(factory_args)})" if factory else app
        route_vars = tuple(re.findall(r"<(?:[a-z]+:)?(\w+)>", path) if framework == "flask"
                           else re.findall(r"\{(\w+)(?::\w+)?\}", path))
        inputs = _request_inputs(fn)
        params = _params(fn, False, folders)
        if framework == "fastapi":
            for p in params:
                if p.name not in route_vars and p.kind in ("text", "int", "float", "bool"):
                    inputs.append(("form" if method == "POST" and _is_form(fn, p.name) else "query", p.name))
            fields = _body_fields(tree, fn)
            inputs += [("json", f.name) for f in fields]
            params += fields
        return replace(base, kind=framework, app=app, route=path, method=method, inputs=tuple(inputs),
                       route_vars=route_vars, rebase=rebase, params=params)
    args = fn.args.args
    if args and args[0].arg == "request" and any(
            isinstance(n, (ast.Import, ast.ImportFrom)) and "django" in ast.unparse(n) for n in tree.body):
        return replace(base, kind="django", route="/probe/", method="POST" if "POST" in ast.unparse(fn) else "GET",
                       inputs=tuple(_request_inputs(fn)), rebase=rebase, params=_params(fn, True, folders))
    if any(isinstance(d, ast.Attribute) and d.attr in _ROUTE_VERBS for d in
           (dec.func if isinstance(dec, ast.Call) else dec for dec in fn.decorator_list)):
        return "the view's application object is not a module-level Flask or FastAPI instance"
    return replace(base, params=_params(fn, False, folders), rebase=rebase)


def _stored_parameters(tree: ast.Module, line: int) -> set[str]:
    """For a line in a method's signature (a parameter's default): the `self.X` its parameters are stored in."""
    out: set[str] = set()
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) or not fn.body:
            continue
        if not fn.lineno <= line < fn.body[0].lineno:
            continue
        params = {a.arg for a in [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]}
        for n in ast.walk(fn):
            if isinstance(n, ast.Assign) and any(isinstance(r, ast.Name) and r.id in params
                                                 for r in ast.walk(n.value)):
                out |= {t.attr for t in n.targets if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                        and t.value.id == "self"}
    return out


def _self_attribute(t: ast.expr) -> str | None:
    """`parser` for `self.parser` and for `self.parser.option`: the attribute of self a statement sets or changes."""
    while isinstance(t, ast.Attribute) and isinstance(t.value, ast.Attribute):
        t = t.value
    return t.attr if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self" else None


def users(text: str, line: int, name: str | None = None) -> list[int]:
    """A line inside each function of the file that uses what the finding's code makes, in file order: callers of
    the function name, or, for a finding in a module-level statement, the functions that read what it binds."""
    tree = ast.parse(text)
    attrs: set[str] = set()  # `self.parser = ...` in __init__: the methods that read self.parser use it
    if name is not None:
        wanted = {name}
        attrs = {a for n in ast.walk(tree) if isinstance(n, ast.Assign) and n.lineno <= line <= (
            n.end_lineno or n.lineno) for t in n.targets if (a := _self_attribute(t))}
        attrs |= _stored_parameters(tree, line)
    else:
        stmt = next((n for n in tree.body if n.lineno <= line <= (n.end_lineno or n.lineno)), None)
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] if isinstance(
            stmt, ast.AnnAssign) else []
        wanted = {t.id for t in targets if isinstance(t, ast.Name)}
        if not wanted and stmt is not None:
            # `app.config["SECRET_KEY"] = ...`, `app.secret_key = ...`, `app.config.update(...)`: the functions
            # that use the object it configures
            node = targets[0] if targets else stmt.value.func if isinstance(stmt, ast.Expr) and isinstance(
                stmt.value, ast.Call) else None
            while isinstance(node, (ast.Attribute, ast.Subscript)):
                node = node.value
            wanted = {node.id} if isinstance(node, ast.Name) else set()
        # what later top-level statements make from it: `_thread = _jinja.from_string(...)` after the environment
        for later in tree.body:
            if isinstance(later, ast.Assign) and stmt is not None and later.lineno > stmt.lineno and any(
                    isinstance(n, ast.Name) and n.id in wanted for n in ast.walk(later.value)):
                wanted |= {t.id for t in later.targets if isinstance(t, ast.Name)}
    lines = []
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and fn.name not in wanted:
            use = next((n for n in ast.walk(fn) if (
                isinstance(n, ast.Name) and n.id in wanted and isinstance(n.ctx, ast.Load))
                or (isinstance(n, ast.Attribute) and (n.attr in wanted or (
                    n.attr in attrs and isinstance(n.ctx, ast.Load))) and name is not None
                    and isinstance(n.value, ast.Name) and n.value.id in ("self", "cls"))), None)
            if use is not None:
                lines.append(max(use.lineno, fn.lineno))  # a decorator lies above the def line
    return sorted(lines)


def _body_fields(tree: ast.Module, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[Param, ...]:
    """The fields of a pydantic model the view takes as its JSON body (a class of the module whose bases end
    in BaseModel), as parameters of their annotated kinds."""
    models = {c.name: c for c in tree.body if isinstance(c, ast.ClassDef)
              and any(ast.unparse(b).rsplit(".", 1)[-1] == "BaseModel" for b in c.bases)}
    fields: list[Param] = []
    for arg in fn.args.args:
        model = models.get(arg.annotation.id) if isinstance(arg.annotation, ast.Name) else None
        for item in model.body if model is not None else []:
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                default = _literal(item.value) if item.value is not None else NO_DEFAULT
                fields.append(Param(item.target.id, _kind(ast.arg(arg=item.target.id, annotation=item.annotation),
                                                          default, set()), default))
    return tuple(fields)


def _is_form(fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> bool:
    for arg, default in zip(reversed(fn.args.args), reversed(fn.args.defaults)):
        if arg.arg == name:
            return isinstance(default, ast.Call) and ast.unparse(default.func).endswith("Form")
    return False
