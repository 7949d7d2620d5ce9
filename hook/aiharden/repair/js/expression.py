"""`new Function(params..., 'return (' + text + ');')` (CWE-94): code compiled from a value that only ever computes
one expression of its parameters → `compileExpression(text, [params])`, a helper added to the file that parses a
small expression language and evaluates it without ever running code.

The language: numbers, strings, `true`/`false`/`null`/`undefined`, the parameters and their properties (`row.a.b`,
`row['a']`; `__proto__`, `constructor` and `prototype` read as undefined), `! - +`, `**`, `* / %`, `+ -`,
comparisons (`< <= > >= == != === !==`), `&& || ??`, `?:` and parentheses, with JavaScript's precedence and
semantics (short-circuit, loose and strict equality, a property of null throws a TypeError). What it does not
know (a call such as `Math.max(a, b)`, an assignment, a global name) throws a SyntaxError when the text is compiled,
where `new Function` throws for bad syntax.

`vm.runInNewContext(text, sandbox)` whose value the code uses becomes the same expression computed over the
sandbox's properties (the vm module is no security boundary: its own documentation says so).

Only when the body is `return` and one value, with at most `"use strict";` before it and parentheses around it, and
the parameters are string literals or one spread array (`...names`).
"""
from __future__ import annotations

import re

from tree_sitter import Node

from aiharden.repair.js.pieces import Lit
from aiharden.repair.js.pieces import Val
from aiharden.repair.js.pieces import flatten
from aiharden.repair.js.tree import Draft
from aiharden.repair.js.tree import Source
from aiharden.repair.js.tree import add_helper
from aiharden.repair.js.tree import args
from aiharden.repair.js.tree import declaration
from aiharden.repair.js.tree import scope_of
from aiharden.repair.js.tree import statement_of
from aiharden.repair.js.tree import writes

_HELPER = r"""/** A function of the named parameters that computes one expression: numbers, strings, true, false, null,
 * undefined, the parameters and their properties (row.a, row['a']), ! - + ** * / % < <= > >= == != === !== && || ?? ?:
 * and parentheses. Nothing is ever run as code: a call, an assignment or another name throws a SyntaxError here. */
function {name}(text, params) {{
{s}const tokens = (String(text).match(
{s}{s}/\s+|\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[A-Za-z_$][\w$]*|===|!==|==|!=|<=|>=|&&|\|\||\?\?|\*\*|[\s\S]/gi,
{s}) || []).filter((t) => !/^\s+$/.test(t));
{s}const hidden = new Set(['__proto__', 'constructor', 'prototype']);
{s}const literals = {{ true: true, false: false, null: null, undefined }};
{s}let pos = 0;
{s}const fail = () => {{
{s}{s}throw new SyntaxError(`unexpected ${{tokens[pos] === undefined ? 'end of expression' : tokens[pos]}}`);
{s}}};
{s}const expect = (t) => {{
{s}{s}if (tokens[pos] !== t) fail();
{s}{s}pos += 1;
{s}}};
{s}const binary = (next, ops, apply) => () => {{
{s}{s}let left = next();
{s}{s}while (ops.includes(tokens[pos])) {{
{s}{s}{s}const op = tokens[pos++];
{s}{s}{s}const l = left;
{s}{s}{s}const r = next();
{s}{s}{s}left = (a) => apply(op, l, r, a);
{s}{s}}}
{s}{s}return left;
{s}}};
{s}const read = (object, key) => {{
{s}{s}if (object === null || object === undefined) throw new TypeError(`cannot read '${{key}}' of ${{object}}`);
{s}{s}return hidden.has(String(key)) ? undefined : object[key];
{s}}};
{s}const primary = () => {{
{s}{s}const t = tokens[pos++];
{s}{s}if (t === '(') {{
{s}{s}{s}const inner = conditional();
{s}{s}{s}expect(')');
{s}{s}{s}return inner;
{s}{s}}}
{s}{s}if (t !== undefined && /^\.?\d/.test(t)) {{
{s}{s}{s}const n = Number(t);
{s}{s}{s}return () => n;
{s}{s}}}
{s}{s}if (t !== undefined && /^["']/.test(t)) {{
{s}{s}{s}const body = t.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"');
{s}{s}{s}const s = JSON.parse(`"${{body}}"`);
{s}{s}{s}return () => s;
{s}{s}}}
{s}{s}if (t !== undefined && Object.prototype.hasOwnProperty.call(literals, t)) return () => literals[t];
{s}{s}const index = params.indexOf(t);
{s}{s}if (index < 0) {{
{s}{s}{s}pos -= 1;
{s}{s}{s}fail();
{s}{s}}}
{s}{s}return (a) => a[index];
{s}}};
{s}const postfix = () => {{
{s}{s}let value = primary();
{s}{s}for (;;) {{
{s}{s}{s}const object = value;
{s}{s}{s}if (tokens[pos] === '.' && /^[A-Za-z_$]/.test(tokens[pos + 1] || '')) {{
{s}{s}{s}{s}const key = tokens[pos + 1];
{s}{s}{s}{s}pos += 2;
{s}{s}{s}{s}value = (a) => read(object(a), key);
{s}{s}{s}}} else if (tokens[pos] === '[') {{
{s}{s}{s}{s}pos += 1;
{s}{s}{s}{s}const key = conditional();
{s}{s}{s}{s}expect(']');
{s}{s}{s}{s}value = (a) => read(object(a), key(a));
{s}{s}{s}}} else {{
{s}{s}{s}{s}return value;
{s}{s}{s}}}
{s}{s}}}
{s}}};
{s}const unary = () => {{
{s}{s}const op = tokens[pos];
{s}{s}if (op === '!' || op === '-' || op === '+') {{
{s}{s}{s}pos += 1;
{s}{s}{s}const operand = unary();
{s}{s}{s}return op === '!' ? (a) => !operand(a) : op === '-' ? (a) => -operand(a) : (a) => +operand(a);
{s}{s}}}
{s}{s}const base = postfix();
{s}{s}if (tokens[pos] !== '**') return base;
{s}{s}pos += 1;
{s}{s}const exponent = unary();
{s}{s}return (a) => base(a) ** exponent(a);
{s}}};
{s}const arithmetic = (op, l, r, a) => {{
{s}{s}const x = l(a);
{s}{s}const y = r(a);
{s}{s}switch (op) {{
{s}{s}{s}case '*': return x * y;
{s}{s}{s}case '/': return x / y;
{s}{s}{s}case '%': return x % y;
{s}{s}{s}case '+': return x + y;
{s}{s}{s}case '-': return x - y;
{s}{s}{s}case '<': return x < y;
{s}{s}{s}case '<=': return x <= y;
{s}{s}{s}case '>': return x > y;
{s}{s}{s}case '>=': return x >= y;
{s}{s}{s}case '==': return x == y; // eslint-disable-line eqeqeq
{s}{s}{s}case '!=': return x != y; // eslint-disable-line eqeqeq
{s}{s}{s}case '===': return x === y;
{s}{s}{s}default: return x !== y;
{s}{s}}}
{s}}};
{s}const product = binary(unary, ['*', '/', '%'], arithmetic);
{s}const sum = binary(product, ['+', '-'], arithmetic);
{s}const relation = binary(sum, ['<', '<=', '>', '>='], arithmetic);
{s}const equality = binary(relation, ['==', '!=', '===', '!=='], arithmetic);
{s}const and = binary(equality, ['&&'], (op, l, r, a) => l(a) && r(a));
{s}const or = binary(and, ['||', '??'], (op, l, r, a) => (op === '||' ? l(a) || r(a) : l(a) ?? r(a)));
{s}function conditional() {{
{s}{s}const test = or();
{s}{s}if (tokens[pos] !== '?') return test;
{s}{s}pos += 1;
{s}{s}const yes = conditional();
{s}{s}expect(':');
{s}{s}const no = conditional();
{s}{s}return (a) => (test(a) ? yes(a) : no(a));
{s}}}
{s}const compiled = conditional();
{s}if (pos !== tokens.length) fail();
{s}return (...values) => compiled(values);
}}"""

_BEFORE = re.compile(r"""\s*(?:(["'])use strict\1\s*;?\s*)?return\s*(?:\(\s*)?""")
_AFTER = re.compile(r"""\s*\)?\s*;?\s*""")


def _params(src: Source, given: list[Node]) -> str | None:
    """The parameter names as an array expression: literal names, or the one spread array."""
    if len(given) == 1 and given[0].type == "spread_element" and given[0].named_children:
        return src.t(given[0].named_children[0])
    names: list[str] = []
    for p in given:
        if p.type != "string":
            return None
        names += [n.strip() for n in src.t(p)[1:-1].split(",")]
    if not all(re.fullmatch(r"[A-Za-z_$][\w$]*", n) for n in names):
        return None
    q = src.quote()
    return "[" + ", ".join(f"{q}{n}{q}" for n in names) + "]"


def _text(src: Source, body: Node) -> Node | None:
    """The value the body returns, when the body is `return (value);` around one value."""
    segs = flatten(src, body)
    if segs is None or sum(isinstance(s, Val) for s in segs) != 1:
        return None
    i = next(i for i, s in enumerate(segs) if isinstance(s, Val))
    before = "".join(src.data[s.start:s.end].decode() for s in segs[:i] if isinstance(s, Lit))
    after = "".join(src.data[s.start:s.end].decode() for s in segs[i + 1:] if isinstance(s, Lit))
    if not _BEFORE.fullmatch(before) or not _AFTER.fullmatch(after) or before.count("(") != after.count(")"):
        return None
    value = segs[i]
    assert isinstance(value, Val)
    return value.node


def _sandboxed(src: Source, start: int, end: int) -> list[tuple[str, Draft]]:
    """`vm.runInNewContext(text, sandbox)` whose value the code uses → the expression computed over the sandbox's
    properties: `compileExpression(text, Object.keys(sandbox))(...Object.values(sandbox))`. A script run for its
    effects (its value unused, results left in the sandbox) is not an expression: left alone."""
    for n in src.on_lines(("call_expression",), start, end):
        fn = n.child_by_field_name("function")
        a = args(n)
        if fn is None or not re.search(r"(^|\.)(runInNewContext|runInContext)$", src.t(fn)) or len(a) < 2:
            continue
        parent = n.parent
        while parent is not None and parent.type in ("parenthesized_expression", "await_expression"):
            parent = parent.parent
        if parent is None or parent.type == "expression_statement" or a[1].type not in ("identifier", "object"):
            continue
        d = Draft(src)
        name = src.fresh("compileExpression")
        box = src.t(a[1])
        if a[1].type == "object":
            box = src.fresh("sandbox")
            stmt = statement_of(n)
            d.insert(stmt.start_byte, f"const {box} = {src.t(a[1])};{src.nl()}{src.indent(stmt)}")
        d.replace(n, f"{name}({src.t(a[0])}, Object.keys({box}))(...Object.values({box}))")
        add_helper(d, name, _HELPER.format(name=name, s=src.unit()))
        return [("js-vm-to-expression", d)]
    return []


def propose(src: Source, start: int, end: int) -> list[tuple[str, Draft]]:
    sandboxed = _sandboxed(src, start, end)
    if sandboxed:
        return sandboxed
    for n in src.on_lines(("new_expression", "call_expression"), start, end):
        ctor = n.child_by_field_name("constructor") or n.child_by_field_name("function")
        a = args(n)
        if ctor is None or src.t(ctor) != "Function" or not a:
            continue
        body = a[-1]
        if body.type == "identifier":  # the body built just before: `const body = `return (${text});``
            decl = declaration(src, src.t(body), n)
            value = decl.child_by_field_name("value") if decl is not None else None
            if decl is None or value is None or writes(src, src.t(body), scope_of(decl)):
                continue
            body = value
        text = _text(src, body)
        params = _params(src, a[:-1])
        if text is None or params is None:
            continue
        d = Draft(src)
        name = src.fresh("compileExpression")
        d.replace(n, f"{name}({src.t(text)}, {params})")
        add_helper(d, name, _HELPER.format(name=name, s=src.unit()))
        return [("js-function-to-expression", d)]
    return []
