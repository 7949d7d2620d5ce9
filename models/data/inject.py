"""Insecure forms of safe idioms, the way AI assistants write them.

`injections(tree, text)` walks one parsed file and yields, per safe call it recognises
(a parameterised query, an argument-list subprocess call, yaml.safe_load, secrets, a strong hash,
verified TLS, a timeout, hmac.compare_digest, Markup(...).format, ...), the statement's lines with
the call rewritten into an insecure form, sometimes with the value built on lines of its own.
The pair is (insecure lines -> the real original lines): real names, real context, real layout.
"""
from __future__ import annotations

import ast
import random
import re
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import dataclass

MAX_LINES = 8


@dataclass(frozen=True)
class Injection:
    rule_id: str
    cwe: int
    start: int  # first line of the original statement (1-based)
    end: int  # last line, inclusive
    region: str  # the injected lines that replace start..end
    variant: str


Variant = tuple[str, int, str, str, list[str]]  # rule, cwe, variant name, new call text, lines to put before


def _seg(lines: list[str], n: ast.AST) -> str:
    a, b = n.lineno - 1, n.end_lineno - 1  # type: ignore[attr-defined]
    if a == b:
        return lines[a][n.col_offset : n.end_col_offset]  # type: ignore[attr-defined]
    return "".join([lines[a][n.col_offset :], *lines[a + 1 : b], lines[b][: n.end_col_offset]])  # type: ignore[attr-defined]


def _dotted(n: ast.AST) -> str:
    if isinstance(n, ast.Name):
        return n.id
    if isinstance(n, ast.Attribute):
        inner = _dotted(n.value)
        return inner + "." + n.attr if inner else ""
    return ""


def _simple(src: str) -> bool:
    """An expression that can sit inside an f-string field and a concatenation unchanged."""
    return "\n" not in src and "\\" not in src and '"' not in src and "'" not in src and "{" not in src and len(src) < 60


def _lit(body: str, quote: str = '"') -> str:
    return quote + body.replace("\\", "\\\\").replace(quote, "\\" + quote) + quote


_PH = re.compile(r"%s|\?|%\((\w+)\)s|(?<![:\w]):(\w+)\b")


def _sql_pieces(query: str, params: ast.AST, lines: list[str]) -> list[tuple[str, str]] | None:
    """The query split at its placeholders: [(text before, expression), ...] + a final (text, "")."""
    if isinstance(params, (ast.Tuple, ast.List)):
        values = [_seg(lines, e) for e in params.elts]
        named: dict[str, str] = {}
    elif isinstance(params, ast.Dict) and all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in params.keys):
        values, named = [], {k.value: _seg(lines, v) for k, v in zip(params.keys, params.values)}  # type: ignore[union-attr]
    else:
        return None
    if any(isinstance(e, ast.Starred) for e in getattr(params, "elts", [])):
        return None
    pieces, pos, k = [], 0, 0
    for m in _PH.finditer(query.replace("%%", "\0\0")):
        name = m.group(1) or m.group(2)
        if name:
            if name not in named:
                return None
            expr = named[name]
        else:
            if named or k >= len(values):
                return None
            expr, k = values[k], k + 1
        pieces.append((query[pos : m.start()], expr))
        pos = m.end()
    if not pieces or (not named and k != len(values)) or not all(_simple(e) for _, e in pieces):
        return None
    return pieces + [(query[pos:], "")]


def _quoted(text: str, rng: random.Random) -> bool:
    return text.rstrip().endswith(("=", "LIKE", "like")) and rng.random() < 0.5


def _build(pieces: list[tuple[str, str]], style: str, rng: random.Random, spec: str = "%s") -> str:
    q = ["'" if _quoted(t, rng) else "" for t, e in pieces]
    if style == "fstring":
        body = "".join(t.replace("{", "{{").replace("}", "}}") + (qq + "{" + e + "}" + qq if e else "") for (t, e), qq in zip(pieces, q))
        return "f" + _lit(body)
    if style == "format":
        body = "".join(t.replace("{", "{{").replace("}", "}}") + (qq + "{}" + qq if e else "") for (t, e), qq in zip(pieces, q))
        return _lit(body) + ".format(" + ", ".join(e for _, e in pieces if e) + ")"
    if style == "percent":
        body = "".join(t.replace("%", "%%") + (qq + spec + qq if e else "") for (t, e), qq in zip(pieces, q))
        args = [e for _, e in pieces if e]
        return _lit(body) + " % " + (args[0] if len(args) == 1 and re.fullmatch(r"[\w.]+", args[0]) else "(" + ", ".join(args) + ("," if len(args) == 1 else "") + ")")
    parts: list[str] = []  # concatenation
    for (t, e), qq in zip(pieces, q):
        if t or qq:
            parts.append(_lit(t + qq))
        if e:
            parts.append(e if rng.random() < 0.6 else f"str({e})")
            if qq:
                parts.append(_lit(qq))
    return " + ".join(parts)


_SQL_RULE = {"fstring": "sql-fstring-query", "percent": "sql-percent-format-query", "format": "sql-format-method-query",
             "concat": "sql-concat-query"}


def _sql(call: ast.Call, lines: list[str], rng: random.Random) -> list[Variant]:
    f = call.func
    if not (isinstance(f, ast.Attribute) and f.attr == "execute" and len(call.args) == 2 and not call.keywords):
        return []
    q = call.args[0]
    wrap = ""
    if isinstance(q, ast.Call) and _dotted(q.func).endswith("text") and len(q.args) == 1:  # SQLAlchemy text(...)
        wrap, q = _dotted(q.func), q.args[0]
    if isinstance(q, (ast.Name, ast.Attribute)) and not wrap and isinstance(call.args[1], (ast.Name, ast.Attribute, ast.Tuple)):
        # a query held in a variable: the parameters interpolated into it
        qs, ps = _seg(lines, q), _seg(lines, call.args[1])
        if not (_simple(qs) and _simple(ps)):
            return []
        return [("sql-percent-format-query", 89, "var-percent", f"{_seg(lines, f.value)}.execute({qs} % {ps})", [])]
    if not (isinstance(q, ast.Constant) and isinstance(q.value, str)) or "\n" in q.value or len(q.value) > 200:
        return []
    pieces = _sql_pieces(q.value, call.args[1], lines)
    if pieces is None:
        return []
    recv = _seg(lines, f.value)
    var = rng.choice(["query", "sql", "stmt", "q"])
    out: list[Variant] = []
    for style in rng.sample(list(_SQL_RULE), 3):
        built = _build(pieces, style, rng)
        arg = f"{wrap}({built})" if wrap else built
        if rng.random() < 0.3:
            out.append((_SQL_RULE[style], 89, style + "-var", f"{recv}.execute({wrap + '(' + var + ')' if wrap else var})", [f"{var} = {built}"]))
        else:
            out.append((_SQL_RULE[style], 89, style, f"{recv}.execute({arg})", []))
    return out


_SUBPROCESS = {"run", "call", "check_call", "check_output", "Popen"}


def _shell(call: ast.Call, lines: list[str], rng: random.Random, stmt: ast.stmt) -> list[Variant]:
    name = _dotted(call.func)
    if not (name.startswith("subprocess.") and name.split(".")[-1] in _SUBPROCESS and call.args):
        return []
    argv = call.args[0]
    if any(k.arg == "shell" or k.arg is None for k in call.keywords) or len(call.args) > 1:
        return []
    kws = [_seg(lines, k) for k in call.keywords]
    if isinstance(argv, ast.Name) and all("\n" not in k for k in kws):
        joined = rng.choice([f'" ".join({argv.id})', f"' '.join({argv.id})", f"subprocess.list2cmdline({argv.id})"])
        return [("subprocess-shell-true", 78, "joined", f"{name}({', '.join([joined, 'shell=True', *kws])})", [])]
    if not isinstance(argv, (ast.List, ast.Tuple)) or len(argv.elts) < 2:
        return []
    words: list[tuple[str, bool]] = []  # (text, is_expression)
    for e in argv.elts:
        if isinstance(e, ast.Constant) and isinstance(e.value, str):
            if not re.fullmatch(r"[\w./:=@%+,-]+", e.value):
                return []
            words.append((e.value, False))
        elif isinstance(e, (ast.Name, ast.Attribute, ast.Subscript, ast.Call)) and _simple(_seg(lines, e)):
            words.append((_seg(lines, e), True))
        else:
            return []
    pieces: list[tuple[str, str]] = []
    text = ""
    for i, (w, expr) in enumerate(words):
        sep = " " if i else ""
        if expr:
            pieces.append((text + sep, w))
            text = ""
        else:
            text += sep + w
    pieces.append((text, ""))
    var = rng.choice(["cmd", "command", "cmdline"])
    out: list[Variant] = []
    for style in rng.sample(["fstring", "format", "concat", "percent"], 2):
        built = _build(pieces, style, rng) if len(pieces) > 1 else _lit(pieces[0][0])
        args = ", ".join(["shell=True", *kws])
        if rng.random() < 0.3:
            out.append(("subprocess-shell-true", 78, style + "-var", f"{name}({var}, {args})", [f"{var} = {built}"]))
        else:
            out.append(("subprocess-shell-true", 78, style, f"{name}({built}, {args})", []))
    simple_kws = all(k.arg in ("text", "universal_newlines", "check") for k in call.keywords)
    if isinstance(stmt, ast.Expr) and stmt.value is call and name.split(".")[-1] in ("call", "check_call", "run") and simple_kws:
        out.append(("os-system-call", 78, "os.system", f"os.system({_build(pieces, 'fstring', rng)})", []))
    if name.endswith("check_output") and simple_kws:
        out.append(("os-popen-call", 78, "os.popen", f"os.popen({_build(pieces, 'fstring', rng)}).read()", []))
    return out


def _args(call: ast.Call, lines: list[str], drop: str = "") -> list[str]:
    return [_seg(lines, a) for a in call.args] + [_seg(lines, k) for k in call.keywords if k.arg != drop]


_HASHES = {"sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s", "sha224"}
_HTTP = {"get", "post", "put", "patch", "delete", "head", "options", "request"}


def _swaps(call: ast.Call, lines: list[str], rng: random.Random, stmt: ast.stmt) -> list[Variant]:
    """One-call rewrites: the safe API swapped for the unsafe one AI assistants reach for."""
    name = _dotted(call.func)
    args = _args(call, lines)
    if not all("\n" not in a for a in args):
        return []
    joined = ", ".join(args)
    last = name.split(".")[-1]
    if name == "yaml.safe_load":
        return [("yaml-unsafe-load", 502, "yaml.load", rng.choice([f"yaml.load({joined})", f"yaml.load({joined}, Loader=yaml.Loader)"]), [])]
    if name == "yaml.load" and any(k.arg == "Loader" and _dotted(k.value).endswith(("SafeLoader", "CSafeLoader")) for k in call.keywords):
        return [("yaml-unsafe-load", 502, "yaml.load-loader", f"yaml.load({', '.join(_args(call, lines, 'Loader'))})", [])]
    if name.startswith("hashlib.") and last in _HASHES:
        weak = rng.choice(["md5", "sha1"])
        return [(f"{weak}-hash", 328, weak, f"hashlib.{weak}({joined})", [])]
    if name == "secrets.token_hex" and len(args) <= 1:
        n = args[0] if args else "32"
        return [("insecure-random-token", 338, "random-hex", rng.choice([
            f"\"\".join(random.choice(string.hexdigits) for _ in range({n}))", f"\"%x\" % random.getrandbits({n} * 8)"]), [])]
    if name == "secrets.token_urlsafe" and len(args) <= 1:
        n = args[0] if args else "32"
        return [("insecure-random-token", 338, "random-str", f"\"\".join(random.choice(string.ascii_letters + string.digits) for _ in range({n}))", [])]
    if name == "secrets.choice":
        return [("insecure-random-token", 338, "random.choice", f"random.choice({joined})", [])]
    if name == "secrets.randbelow":
        return [("insecure-random-token", 338, "random.randrange", f"random.randrange({joined})", [])]
    if name == "secrets.token_bytes" and len(args) <= 1:
        return [("insecure-random-token", 338, "random.randbytes", f"random.randbytes({args[0] if args else '32'})", [])]
    if name in ("json.loads", "json.load") and len(call.args) == 1 and not call.keywords:
        if rng.random() < 0.5:
            return [("pickle-load", 502, "pickle", f"pickle.{last}({joined})", [])]
        if last == "loads":
            return [("eval-call", 95, "eval-json", f"eval({joined})", [])]
        return []
    if name == "ast.literal_eval":
        return [("eval-call", 95, "eval", f"eval({joined})", [])]
    if name == "hmac.compare_digest" and len(call.args) == 2 and not call.keywords:
        return [("secret-compared-with-equals", 208, "==", f"{args[0]} == {args[1]}", [])]
    if name == "ssl.create_default_context":
        return [("ssl-unverified-context", 295, "unverified", f"ssl._create_unverified_context({joined})", [])]
    if name.startswith(("requests.", "session.", "self.session.")) and last in _HTTP:
        out: list[Variant] = []
        if not any(k.arg == "verify" for k in call.keywords) or any(
                k.arg == "verify" and not (isinstance(k.value, ast.Constant) and k.value.value is False) for k in call.keywords):
            out.append(("requests-verify-false", 295, "verify=False", f"{name}({', '.join([*_args(call, lines, 'verify'), 'verify=False'])})", []))
        if name.startswith("requests.") and any(k.arg == "timeout" for k in call.keywords):
            out.append(("requests-no-timeout", 400, "no-timeout", f"{name}({', '.join(_args(call, lines, 'timeout'))})", []))
        return out
    if name == "os.chmod" and len(call.args) == 2 and isinstance(call.args[1], ast.Constant) and isinstance(call.args[1].value, int) \
            and call.args[1].value & 0o022 == 0:
        return [("chmod-permissive", 732, "0o777", f"os.chmod({args[0]}, {rng.choice(['0o777', '0o666', '511'])})", [])]
    if name == "tempfile.mkstemp" and isinstance(stmt, ast.Assign) and stmt.value is call and isinstance(stmt.targets[0], ast.Tuple) \
            and len(stmt.targets[0].elts) == 2:
        return [("tempfile-mktemp", 377, "mktemp", f"tempfile.mktemp({joined})", [])]
    if name.startswith("defusedxml.") and last in ("fromstring", "parse", "XML"):
        return [("xml-external-entities", 611, "etree", f"xml.etree.ElementTree.{last}({joined})", [])]
    if name in ("jwt.decode",) and any(k.arg == "algorithms" for k in call.keywords):
        off = 'options={"verify_signature": False}'
        return [("jwt-verification-off", 347, "no-verify", f"jwt.decode({', '.join([*_args(call, lines, 'algorithms'), off])})", [])]
    if last == "Environment" and any(k.arg == "autoescape" and not (isinstance(k.value, ast.Constant) and k.value.value is False)
                                     for k in call.keywords):
        return [("jinja2-autoescape-false", 79, "autoescape=False", f"{name}({', '.join([*_args(call, lines, 'autoescape'), 'autoescape=False'])})", [])]
    if last == "format" and isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Call) \
            and _dotted(call.func.value.func).split(".")[-1] == "Markup" and len(call.func.value.args) == 1:
        inner = _seg(lines, call.func.value.args[0])
        if "\n" not in inner:
            return [("markup-from-format", 79, "Markup(str.format)", f"{_dotted(call.func.value.func)}({inner}.format({joined}))", [])]
    return []


_STMT_TYPES = (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Return, ast.If, ast.While, ast.With, ast.Assert)


def _statements(tree: ast.AST) -> Iterator[tuple[ast.stmt, int, list[ast.Call]]]:
    """Simple statements (and compound headers) with the calls in their own lines; yields (stmt, last line, calls)."""
    for node in ast.walk(tree):
        if not isinstance(node, _STMT_TYPES):
            continue
        body = getattr(node, "body", None)
        if isinstance(node, (ast.If, ast.While)):
            parts: list[ast.AST] = [node.test]
        elif isinstance(node, ast.With):
            parts = list(node.items)
        else:
            parts = [node]
        end = (body[0].lineno - 1) if body else node.end_lineno
        if end is None or end < node.lineno or end - node.lineno + 1 > MAX_LINES:
            continue
        calls = [c for p in parts for c in ast.walk(p) if isinstance(c, ast.Call) and c.end_lineno is not None and c.end_lineno <= end]
        if calls:
            yield node, end, calls


def injections(tree: ast.AST, lines: list[str], rng: random.Random) -> Iterator[Injection]:
    finders: list[Callable[..., list[Variant]]] = [_sql, _shell, _swaps]
    for stmt, end, calls in _statements(tree):
        start = stmt.lineno
        indent = re.match(r"[ \t]*", lines[start - 1]).group()  # type: ignore[union-attr]
        for call in calls:
            for find in finders:
                variants = find(call, lines, rng) if find is _sql else find(call, lines, rng, stmt)
                for rule, cwe, name, new, pre in variants:
                    a, b = call.lineno - start, call.end_lineno - start  # type: ignore[operator]
                    assert call.end_col_offset is not None
                    seg = lines[start - 1 : end]
                    head, tail = seg[a][: call.col_offset], seg[b][call.end_col_offset :]
                    body = seg[:a] + [head + new + tail] + seg[b + 1 :]
                    region = "".join(indent + p + "\n" for p in pre) + "".join(body)
                    yield Injection(rule, cwe, start, end, region if region.endswith("\n") else region + "\n", name)
