"""Keyword-argument fixes: verify=True, debug=False, autoescape=True, filter="data", timeout=, entities off."""
from __future__ import annotations

import ast
import re
from collections.abc import Callable

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.splice import module_int
from aiharden.repair.edits import Edit

_HTTP = {"get", "post", "put", "delete", "patch", "head", "options", "request", "stream"}


def _fix_kwarg(
    ctx: Context,
    pred: Callable[[cst.Call], bool],
    keyword: str,
    bad: Callable[[cst.BaseExpression], bool],
    good: str,
    add_missing: bool,
) -> dict[cst.CSTNode, cst.CSTNode]:
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call, pred):
        arg = calls.kwarg(call, keyword)
        if arg is not None and bad(arg.value):
            out[call] = calls.replace_arg(call, arg, cst.parse_expression(good))
        elif arg is None and add_missing and not any(a.star == "**" for a in call.args):
            out[call] = calls.set_kwarg(call, keyword, cst.parse_expression(good))
    return out


def _fix_assign(ctx: Context, attr: str, key: str, bad: Callable[[cst.BaseExpression], bool], good: str) -> dict[
    cst.CSTNode, cst.CSTNode
]:
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for assign in ctx.find(cst.Assign, lambda a: bad(a.value)):
        for t in assign.targets:
            target = t.target
            by_attr = isinstance(target, cst.Attribute) and target.attr.value == attr
            by_key = isinstance(target, cst.Subscript) and ctx.code(target.slice[0]).strip("'\"") == key
            if by_attr or by_key:
                out[assign.value] = cst.parse_expression(good)
    return out


def _draft(name: str, out: dict[cst.CSTNode, cst.CSTNode]) -> list[Draft]:
    return [Draft(name, out)] if out else []


def verify(ctx: Context) -> list[Draft]:
    out = _fix_kwarg(ctx, lambda c: True, "verify", calls.is_false, "True", add_missing=False)
    out.update(_fix_assign(ctx, "verify", "verify", calls.is_false, "True"))
    # {"verify": False} collected for a client's keyword arguments
    for element in ctx.find(cst.DictElement, lambda e: isinstance(e.key, cst.SimpleString)
                            and e.key.evaluated_value == "verify" and calls.is_false(e.value)):
        out[element.value] = cst.Name("True")
    return _draft("verify-tls", out)


def flask_debug(ctx: Context) -> list[Draft]:
    def is_run(c: cst.Call) -> bool:
        return isinstance(c.func, cst.Attribute) and c.func.attr.value == "run"

    out = _fix_kwarg(ctx, is_run, "debug", calls.is_true, "False", add_missing=False)
    out.update(_fix_assign(ctx, "debug", "DEBUG", calls.is_true, "False"))
    return _draft("flask-debug-off", out)


def jinja2_autoescape(ctx: Context) -> list[Draft]:
    def is_env(c: cst.Call) -> bool:
        return ctx.qualname(c.func) in ("jinja2.Environment", "jinja2.Template", "jinja2.environment.Environment")

    if renders_built_html(ctx.source):
        return []  # the values carry markup on purpose: escaping them changes the page, and which are safe is a choice
    return _draft("jinja2-autoescape", _fix_kwarg(ctx, is_env, "autoescape", calls.is_false, "True", add_missing=True))


_TAG = re.compile(r"<[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?>|\\1</")


def renders_built_html(source: str) -> bool:
    """A template is rendered with values the file builds as HTML: a function whose string literals hold tags
    (`r"<strong>\\1</strong>"`) is called in the arguments of a render call, directly or through a local name."""
    tree = ast.parse(source)
    builders = {fn.name for fn in ast.walk(tree) if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))
                and any(isinstance(n, ast.Constant) and isinstance(n.value, str) and _TAG.search(n.value)
                        for n in ast.walk(fn))}
    # module-level tables of markup replacements used by a function count for that function
    tables = {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)
              and any(isinstance(c, ast.Constant) and isinstance(c.value, str) and _TAG.search(c.value)
                      for c in ast.walk(n.value))}
    builders |= {fn.name for fn in ast.walk(tree) if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))
                 and any(isinstance(n, ast.Name) and n.id in tables for n in ast.walk(fn))}

    def calls_builder(node: ast.AST) -> bool:
        return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in builders
                   for n in ast.walk(node))

    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        built = {t.id for n in ast.walk(fn) if isinstance(n, ast.Assign) and calls_builder(n.value)
                 for t in n.targets if isinstance(t, ast.Name)}
        for call in ast.walk(fn):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr in (
                    "render", "render_async", "stream", "generate"):
                for arg in [*call.args, *(k.value for k in call.keywords)]:
                    if calls_builder(arg) or any(isinstance(n, ast.Name) and n.id in built for n in ast.walk(arg)):
                        return True
    return False


def tarfile_filter(ctx: Context) -> list[Draft]:
    def is_extract(c: cst.Call) -> bool:
        if not (isinstance(c.func, cst.Attribute) and c.func.attr.value in ("extractall", "extract")):
            return False
        # ZipFile.extractall takes no filter: only touch receivers that are not plainly zip files
        return "zip" not in ctx.code(c.func.value).lower()

    out = _fix_kwarg(ctx, is_extract, "filter", lambda e: False, '"data"', add_missing=True)
    return _draft("tarfile-data-filter", out)


def requests_timeout(ctx: Context) -> list[Draft]:
    def is_http(c: cst.Call) -> bool:
        name = ctx.qualname(c.func) or ""
        mod, _, fn = name.rpartition(".")
        if name == "urllib.request.urlopen":
            return len(calls.positional(c)) < 3  # the third positional argument is the timeout
        if mod in ("requests", "httpx"):
            return fn in _HTTP
        # a requests.Session / httpx.Client held in a variable named like one
        receiver = ctx.code(c.func.value).lower() if isinstance(c.func, cst.Attribute) else ""
        return fn in _HTTP and ("session" in receiver or "client" in receiver) and _imports_http(ctx)

    def is_none(e: cst.BaseExpression) -> bool:
        return isinstance(e, cst.Name) and e.value == "None"

    return _draft("requests-timeout", _fix_kwarg(ctx, is_http, "timeout", is_none, "10", add_missing=True))


def _imports_http(ctx: Context) -> bool:
    return any(full.split(".")[0] in ("requests", "httpx") for full in ctx.aliases.values()) or any(
        ctx.imports_module(m) for m in ("requests", "httpx")
    )


def xml_entities(ctx: Context) -> list[Draft]:
    def is_parser(c: cst.Call) -> bool:
        return (ctx.qualname(c.func) or "").endswith("XMLParser")

    out = _fix_kwarg(ctx, is_parser, "resolve_entities", lambda e: not calls.is_false(e), "False", add_missing=True)
    out.update(_fix_kwarg(ctx, lambda c: True, "resolve_entities", calls.is_true, "False", add_missing=False))
    # xml.sax: parser.setFeature(feature_external_ges, True)
    for call in ctx.find(cst.Call, lambda c: isinstance(c.func, cst.Attribute) and c.func.attr.value == "setFeature"):
        pos = calls.positional(call)
        feature = (ctx.qualname(pos[0].value) or "") if len(pos) == 2 else ""
        external = feature.rsplit(".", 1)[-1] in ("feature_external_ges", "feature_external_pes")
        if external and calls.is_true(pos[1].value):
            out[call] = calls.replace_arg(call, pos[1], cst.Name("False"))
    drafts = _draft("xml-no-entities", out)
    # lxml >= 5 can expand the document's own entities and still refuse external ones: documents that use
    # entities for recurring text keep parsing
    def is_lxml_parser(c: cst.Call) -> bool:
        return (ctx.qualname(c.func) or "") == "lxml.etree.XMLParser"

    internal = _fix_kwarg(ctx, is_lxml_parser, "resolve_entities", lambda e: not _is_internal(e), '"internal"', True)
    # an external DTD is fetched (from disk, or the network unless no_network) and its declarations are the
    # attacker's: turned off where the parser turned it on
    for node, made in list(internal.items()):
        if not isinstance(made, cst.Call):
            continue
        new: cst.CSTNode = made
        for keyword, bad, good in (("load_dtd", calls.is_true, "False"), ("no_network", calls.is_false, "True")):
            arg = calls.kwarg(made, keyword)
            if arg is not None and bad(arg.value):
                new = made = calls.replace_arg(made, arg, cst.parse_expression(good))
        internal[node] = new
    return drafts + _draft("xml-internal-entities-only", internal)


def _is_internal(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.SimpleString) and expr.evaluated_value == "internal"


# the smallest sizes NIST SP 800-57 accepts beyond 2030, and the curve that every TLS stack supports
_KEY_BITS = 3072
_SMALL_CURVES = ("SECP192R1", "SECT163K1", "SECT163R2", "SECP224R1", "SECT233K1", "SECT233R1")


def key_size(ctx: Context) -> list[Draft]:
    """CWE-326: RSA/DSA keys generated below 2048 bits get 3072; curves below 256 bits become P-256."""
    def is_generate(c: cst.Call) -> bool:
        name = ctx.qualname(c.func) or ""
        return name.endswith("generate_private_key") and (".rsa." in name or ".dsa." in name) or name in (
            "Crypto.PublicKey.RSA.generate", "Crypto.PublicKey.DSA.generate")

    def small(e: cst.BaseExpression) -> bool:
        return isinstance(e, cst.Integer) and int(e.value) < 2048

    out: dict[cst.CSTNode, cst.CSTNode] = {}
    elsewhere: list[Edit] = []
    for call in ctx.find(cst.Call, is_generate):
        arg = calls.kwarg(call, "key_size") or calls.kwarg(call, "bits")
        if arg is None:
            pos = calls.positional(call)
            at = 0 if (ctx.qualname(call.func) or "").startswith("Crypto.") or ".dsa." in (
                ctx.qualname(call.func) or "") else 1
            arg = pos[at] if len(pos) > at else None
        if arg is not None and small(arg.value):
            out[call] = calls.replace_arg(call, arg, cst.Integer(str(_KEY_BITS)))
        elif arg is not None and isinstance(arg.value, cst.Name) and (edit := _constant_bits(ctx, arg.value.value)):
            elsewhere.append(edit)
    for attr in ctx.find(cst.Attribute, lambda a: a.attr.value in _SMALL_CURVES):
        if (ctx.qualname(attr) or "").startswith("cryptography."):
            out[attr] = attr.with_changes(attr=cst.Name("SECP256R1"))
    if not out and not elsewhere:
        return []
    return [Draft("key-size", out, elsewhere=tuple(elsewhere))]


def _constant_bits(ctx: Context, name: str) -> Edit | None:
    """The edit that raises a module constant `NAME = <bits below 2048>` to the current size."""
    constant = module_int(ctx.source, name)
    return constant[1](str(_KEY_BITS)) if constant is not None and constant[0] < 2048 else None
