"""Calls whose result cannot hold a line break, whatever text they are given: what makes a value safe for an HTTP
header, a mail header or a log line (CWE-113, 93, 117).

Read from the file's own literals only: a pattern and its replacement, a translation table, the strings a chain of
replace() swaps. Each is tried on a few texts with carriage returns and line feeds; nothing the user wrote runs."""
from __future__ import annotations

import ast
import re
from collections.abc import Mapping

from aiharden.scan.syntax import called

# str tests that "\r" and "\n" fail
PRINTING_TESTS = frozenset({"isprintable", "isalnum", "isalpha", "isdigit", "isdecimal", "isnumeric",
                            "isidentifier"})
SAMPLES = ("\r", "\n", "a\r\nb", "\n\n", "x\ry\nz", "\r\r\n\n")
# a result with no line break whatever it is given: an encoding, a digest, a cleaned file name
ENCODERS = frozenset({"quote", "quote_plus", "urlencode", "secure_filename", "hexdigest", "b64encode",
                      "urlsafe_b64encode", "b32encode", "b16encode", "hexlify"})


def strips(call: ast.Call, constants: Mapping[str, ast.expr]) -> bool:
    """The call returns text with no carriage return or line feed in it."""
    f = call.func
    name = called(call)
    if name in ENCODERS:
        return True
    if name == "dumps" and isinstance(f, ast.Attribute) and _named(f.value, "json"):
        return not any(k.arg == "indent" for k in call.keywords)  # JSON escapes both in strings
    if not isinstance(f, ast.Attribute):
        return False
    if name == "sub":
        return _sub_strips(call, f, constants)
    if name == "replace":
        return _replaces_strip(call)
    if name == "translate" and len(call.args) == 1 and not call.keywords:
        table = _table(call.args[0], constants)
        return table is not None and _clean(lambda s: s.translate(table))
    if name == "join" and len(call.args) == 1 and _literal_str(f.value) is not None:
        arg = call.args[0]
        sep = _literal_str(f.value) or ""
        if "\r" in sep or "\n" in sep:
            return False
        # " ".join(text.split()): split() with no argument splits at every run of whitespace
        if (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "split"
                and not arg.args and not arg.keywords):
            return True
        return _kept_characters_print(arg)
    return False


def _kept_characters_print(gen: ast.expr) -> bool:
    """(ch for ch in text if ch.isprintable() ...): every character kept passes a test no line break passes."""
    if not (isinstance(gen, (ast.GeneratorExp, ast.ListComp)) and len(gen.generators) == 1
            and isinstance(gen.elt, ast.Name) and isinstance(gen.generators[0].target, ast.Name)
            and gen.elt.id == gen.generators[0].target.id):
        return False
    var = gen.elt.id
    conjuncts: list[ast.expr] = []
    for test in gen.generators[0].ifs:
        conjuncts += test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    return any(isinstance(t, ast.Call) and isinstance(t.func, ast.Attribute) and t.func.attr in PRINTING_TESTS
               and isinstance(t.func.value, ast.Name) and t.func.value.id == var and not t.args for t in conjuncts)


def _sub_strips(call: ast.Call, f: ast.Attribute, constants: Mapping[str, ast.expr]) -> bool:
    if call.keywords:
        return False
    if _named(f.value, "re"):  # re.sub(pattern, repl, text)
        if len(call.args) != 3:
            return False
        pattern, repl = _literal_str(call.args[0]), _literal_str(call.args[1])
        flags = 0
    else:  # PATTERN.sub(repl, text), PATTERN = re.compile(...) at module level
        if len(call.args) != 2 or not isinstance(f.value, ast.Name):
            return False
        compiled = constants.get(f.value.id)
        if not (isinstance(compiled, ast.Call) and isinstance(compiled.func, ast.Attribute)
                and compiled.func.attr == "compile" and _named(compiled.func.value, "re")
                and compiled.args and not compiled.keywords):
            return False
        pattern, repl = _literal_str(compiled.args[0]), _literal_str(call.args[0])
        given = _flags(compiled.args[1]) if len(compiled.args) == 2 else 0 if len(compiled.args) == 1 else None
        if given is None:
            return False
        flags = given
    if pattern is None or repl is None or "\\" in repl:
        return False
    try:
        rx = re.compile(pattern, flags)
    except (re.error, RecursionError, OverflowError):
        return False
    return _clean(lambda s: rx.sub(repl, s))


def _replaces_strip(call: ast.Call) -> bool:
    """text.replace("\\r", "").replace("\\n", " "): the whole chain's swaps, tried in order."""
    swaps: list[tuple[str, str]] = []
    node: ast.expr = call
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace":
        if len(node.args) != 2 or node.keywords:
            return False
        old, new = _literal_str(node.args[0]), _literal_str(node.args[1])
        if not old or new is None:
            return False
        swaps.append((old, new))
        node = node.func.value
    swaps.reverse()

    def apply(s: str) -> str:
        for old, new in swaps:
            s = s.replace(old, new)
        return s
    return _clean(apply)


def _table(node: ast.expr, constants: Mapping[str, ast.expr]) -> dict[int, object] | None:
    """A translation table written as literals: str.maketrans(...) or a dict of code points."""
    if isinstance(node, ast.Name):
        value = constants.get(node.id)
        if value is None:
            return None
        node = value
    try:
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "maketrans"
                and _named(node.func.value, "str") and not node.keywords and 1 <= len(node.args) <= 3):
            table: dict[int, object] = str.maketrans(*[ast.literal_eval(a) for a in node.args])
            return table
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _clean(transform: object) -> bool:
    try:
        return all("\r" not in out and "\n" not in out
                   for out in (transform(s) for s in SAMPLES))  # type: ignore[operator]
    except (re.error, TypeError, ValueError, LookupError, RecursionError):
        return False


def _flags(node: ast.expr) -> int | None:
    names = {"I": re.I, "IGNORECASE": re.I, "A": re.A, "ASCII": re.A, "U": re.U, "UNICODE": re.U}
    if isinstance(node, ast.Attribute) and _named(node.value, "re") and node.attr in names:
        return int(names[node.attr])
    return None


def _literal_str(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _named(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name
