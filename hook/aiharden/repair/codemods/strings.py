"""String-building expressions (f-strings, %, .format, +) as text and interpolated values."""
from __future__ import annotations

import ast
import re
import string
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst


@dataclass(frozen=True)
class Value:
    expr: cst.BaseExpression
    conversion: str | None = None  # "s", "r", "a" (f-string !x)
    spec: str = ""  # format spec; for %-format the conversion letter ("s", "d", ...)


Template = list["str | Value"]

_PERCENT = re.compile(r"%(?:\((?P<key>[^)]*)\))?(?P<flags>[-#0 +]*\d*(?:\.\d+)?)(?P<conv>[%a-zA-Z])")


def flatten(expr: cst.BaseExpression) -> Template | None:
    """The pieces of a string-building expression; None when it is not one we can read."""
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        left, right = _concat_side(expr.left), _concat_side(expr.right)
        if any(isinstance(p, str) for p in left + right):
            return _merge(left + right)
        return [Value(expr)]
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Modulo):
        fmt = literal_text(expr.left)
        return None if fmt is None else _percent(fmt, expr.right)
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "format":
        fmt = literal_text(expr.func.value)
        return None if fmt is None else _format(fmt, expr.args)
    return _literal(expr)


def literal_text(expr: cst.BaseExpression) -> str | None:
    """The value of a plain (non-f, non-bytes) string literal, implicit concatenation included."""
    if isinstance(expr, cst.SimpleString):
        v = expr.evaluated_value
        return v if isinstance(v, str) else None
    if isinstance(expr, cst.ConcatenatedString):
        left, right = literal_text(expr.left), literal_text(expr.right)
        return None if left is None or right is None else left + right
    return None


def has_values(t: Template) -> bool:
    return any(isinstance(p, Value) for p in t)


def _literal(expr: cst.BaseExpression) -> Template | None:
    if isinstance(expr, cst.SimpleString):
        text = literal_text(expr)
        return None if text is None else [text]
    if isinstance(expr, cst.ConcatenatedString):
        left, right = _literal(expr.left), _literal(expr.right)
        return None if left is None or right is None else _merge(left + right)
    if isinstance(expr, cst.FormattedString):
        return _fstring(expr)
    return None


def _concat_side(expr: cst.BaseExpression) -> Template:
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        inner = flatten(expr)
        return inner if inner is not None else [Value(expr)]
    lit = _literal(expr)
    return lit if lit is not None else [Value(expr)]


def _fstring(node: cst.FormattedString) -> Template | None:
    prefix = node.start.rstrip("'\"").lower()
    if "b" in prefix:
        return None
    quote = node.start[len(prefix) :]
    out: Template = []
    for part in node.parts:
        if isinstance(part, cst.FormattedStringText):
            raw = part.value.replace("{{", "{").replace("}}", "}")
            text = raw if "r" in prefix else _unescape(raw, quote)
            if text is None:
                return None
            out.append(text)
        elif isinstance(part, cst.FormattedStringExpression):
            spec_parts = part.format_spec or ()
            if any(not isinstance(p, cst.FormattedStringText) for p in spec_parts) or part.equal is not None:
                return None
            spec = "".join(p.value for p in spec_parts if isinstance(p, cst.FormattedStringText))
            out.append(Value(part.expression, part.conversion, spec))
        else:
            return None
    return _merge(out)


def _unescape(raw: str, quote: str) -> str | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = ast.literal_eval(quote + raw + quote)
    except (SyntaxError, ValueError):
        return None
    return value if isinstance(value, str) else None


def _percent(fmt: str, right: cst.BaseExpression) -> Template | None:
    specs = [m for m in _PERCENT.finditer(fmt) if m.group("conv") != "%"]
    if any(m.group("key") is not None for m in specs):
        if not isinstance(right, cst.Dict):
            return None
        keyed = {literal_text(e.key): e.value for e in right.elements if isinstance(e, cst.DictElement)}
        values = [keyed.get(m.group("key")) for m in specs]
    elif isinstance(right, cst.Tuple):
        values = [e.value for e in right.elements if not isinstance(e, cst.StarredElement)]
        if len(values) != len(right.elements):
            return None
    else:
        values = [right]
    if len(values) != len(specs) or any(v is None for v in values):
        return None
    out: Template = []
    pos, i = 0, 0
    for m in _PERCENT.finditer(fmt):
        out.append(fmt[pos : m.start()])
        if m.group("conv") == "%":
            out.append("%")
        else:
            v = values[i]
            assert v is not None
            flags, conv = m.group("flags"), m.group("conv")
            if conv in "sr" and flags:
                return None
            spec = "" if conv in "sr" else flags + ("d" if conv in "iu" else conv)
            out.append(Value(v, "r" if conv == "r" else None, spec))
            i += 1
        pos = m.end()
    out.append(fmt[pos:])
    return _merge(out)


def _format(fmt: str, args: Sequence[cst.Arg]) -> Template | None:
    positional = [a.value for a in args if a.keyword is None and not a.star]
    keyword = {a.keyword.value: a.value for a in args if a.keyword is not None}
    if any(a.star for a in args):
        return None
    out: Template = []
    auto = 0
    try:
        parsed = list(string.Formatter().parse(fmt))
    except ValueError:
        return None
    for text, fld, spec, conv in parsed:
        out.append(text)
        if fld is None:
            continue
        if fld == "":
            fld, auto = str(auto), auto + 1
        if fld.isdigit() and int(fld) < len(positional):
            expr = positional[int(fld)]
        elif fld in keyword:
            expr = keyword[fld]
        else:
            return None
        if spec and "{" in spec:
            return None
        out.append(Value(expr, conv, spec or ""))
    return _merge(out)


def _merge(parts: Template) -> Template:
    out: Template = []
    for p in parts:
        if isinstance(p, str):
            if not p:
                continue
            if out and isinstance(out[-1], str):
                out[-1] = out[-1] + p
                continue
        out.append(p)
    return out


def quote_str(text: str, quote: str = '"') -> str:
    """A plain string literal for text, in the given quote style when the text allows."""
    if len(quote) == 3 and "\n" in text:
        body = text.replace("\\", "\\\\").replace(quote, "\\" + quote)
        return quote + body + quote
    q = quote[0]
    if q in text and ("'" if q == '"' else '"') not in text:
        q = "'" if q == '"' else '"'
    return q + "".join(_escape(c, q) for c in text) + q


def _escape(c: str, q: str) -> str:
    if c == "\\" or c == q:
        return "\\" + c
    if c in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[c]
    return c if c.isprintable() else repr(c)[1:-1]


def fstring(parts: Template, code: dict[int, str], quote: str = '"') -> str | None:
    """An f-string for parts; code maps id(Value) → its expression's source. None when unsafe."""
    q = quote[0]
    for p in parts:
        if isinstance(p, Value) and q in code[id(p)]:
            q = "'" if q == '"' else '"'
            break
    out = ["f", q]
    for p in parts:
        if isinstance(p, str):
            out.append("".join(_escape(c, q) for c in p).replace("{", "{{").replace("}", "}}"))
            continue
        src = code[id(p)]
        if "\\" in src or q in src or "\n" in src:
            return None
        conv = f"!{p.conversion}" if p.conversion else ""
        spec = f":{p.spec}" if p.spec else ""
        out.append("{" + src + conv + spec + "}")
    out.append(q)
    return "".join(out)


def quote_of(expr: cst.BaseExpression) -> str:
    """The quote style of the first string literal in expr."""
    if isinstance(expr, cst.SimpleString):
        return expr.quote
    if isinstance(expr, cst.FormattedString):
        return expr.start.lstrip("rRfFbBuU")
    if isinstance(expr, cst.ConcatenatedString):
        return quote_of(expr.left)
    if isinstance(expr, cst.BinaryOperation):
        return quote_of(expr.left)
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute):
        return quote_of(expr.func.value)
    return '"'
