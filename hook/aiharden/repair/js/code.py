"""`eval(text)` whose result the code accepts only as a number (CWE-95) → a small arithmetic evaluator added to the
file: numbers, + - * / % **, signs and parentheses, nothing else (anything else throws a SyntaxError, which the
code's own error handling already meets for a malformed expression). The code says it wants a number when it
checks the result with `typeof ... === 'number'`, `Number.isFinite`, `isNaN` or `Number(...)` around the call;
an `eval` whose result is used any other way is left alone."""
from __future__ import annotations

import re

from tree_sitter import Node

from aiharden.repair.js.tree import FUNCTIONS
from aiharden.repair.js.tree import Draft
from aiharden.repair.js.tree import Source
from aiharden.repair.js.tree import add_helper
from aiharden.repair.js.tree import ancestor
from aiharden.repair.js.tree import args
from aiharden.repair.js.tree import references

_HELPER = """/** The value of an arithmetic expression: numbers, + - * / % **, signs and parentheses; anything else throws. */
function {name}(text) {{
{s}const tokens = String(text).match(/\\d+(?:\\.\\d*)?(?:e[+-]?\\d+)?|\\.\\d+(?:e[+-]?\\d+)?|\\*\\*|\\S/gi) || [];
{s}let pos = 0;
{s}const fail = () => {{
{s}{s}throw new SyntaxError(`unexpected ${{tokens[pos] === undefined ? 'end of expression' : tokens[pos]}}`);
{s}}};
{s}const sum = () => {{
{s}{s}let value = product();
{s}{s}while (tokens[pos] === '+' || tokens[pos] === '-') {{
{s}{s}{s}value = tokens[pos++] === '+' ? value + product() : value - product();
{s}{s}}}
{s}{s}return value;
{s}}};
{s}const product = () => {{
{s}{s}let value = unary();
{s}{s}while (tokens[pos] === '*' || tokens[pos] === '/' || tokens[pos] === '%') {{
{s}{s}{s}const op = tokens[pos++];
{s}{s}{s}const right = unary();
{s}{s}{s}value = op === '*' ? value * right : op === '/' ? value / right : value % right;
{s}{s}}}
{s}{s}return value;
{s}}};
{s}const unary = () => {{
{s}{s}if (tokens[pos] === '-' || tokens[pos] === '+') {{
{s}{s}{s}return tokens[pos++] === '-' ? -unary() : unary();
{s}{s}}}
{s}{s}const base = primary();
{s}{s}if (tokens[pos] === '**') {{
{s}{s}{s}pos += 1;
{s}{s}{s}return base ** unary();
{s}{s}}}
{s}{s}return base;
{s}}};
{s}const primary = () => {{
{s}{s}const token = tokens[pos];
{s}{s}if (token === '(') {{
{s}{s}{s}pos += 1;
{s}{s}{s}const value = sum();
{s}{s}{s}if (tokens[pos] !== ')') fail();
{s}{s}{s}pos += 1;
{s}{s}{s}return value;
{s}{s}}}
{s}{s}if (token === undefined || !/^\\.?\\d/.test(token)) fail();
{s}{s}pos += 1;
{s}{s}return Number(token);
{s}}};
{s}const value = sum();
{s}if (pos !== tokens.length) fail();
{s}return value;
}}"""


def _wants_number(src: Source, call: Node) -> bool:
    parent = call.parent
    if parent is not None and parent.type == "arguments" and parent.parent is not None and src.t(
            parent.parent.child_by_field_name("function") or parent.parent) in ("Number", "parseFloat"):
        return True
    if parent is None or parent.type != "variable_declarator":
        return False
    name = parent.child_by_field_name("name")
    if name is None or name.type != "identifier":
        return False
    scope = ancestor(call, FUNCTIONS)
    checks = (rf"typeof\s+{re.escape(src.t(name))}\s*[!=]==?\s*['\"]number['\"]",
              rf"(Number\.isFinite|isFinite|Number\.isNaN|isNaN)\(\s*{re.escape(src.t(name))}\s*\)")
    return any(re.search(c, src.t(scope if scope is not None else src.root)) for c in checks)


def propose(src: Source, start: int, end: int) -> list[tuple[str, Draft]]:
    for call in src.on_lines(("call_expression",), start, end):
        fn = call.child_by_field_name("function")
        a = args(call)
        if fn is None or src.t(fn) != "eval" or len(a) != 1 or not _wants_number(src, call):
            continue
        if any(r.parent is not None and r.parent.type in ("variable_declarator", "function_declaration")
               for r in references(src, "eval")):
            continue  # a local eval of the file's own
        d = Draft(src)
        name = src.fresh("evaluateArithmetic")
        d.replace(fn, name)
        add_helper(d, name, _HELPER.format(name=name, s=src.unit()))
        return [("js-eval-to-arithmetic", d)]
    return []
