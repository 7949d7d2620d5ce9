"""A shell command built from values and run with `exec`/`execSync` (CWE-78) → `execFile`/`execFileSync` with an
argument array: no shell reads the values. Options and callbacks stay where they were, a promisified `exec`
gets a promisified `execFile` beside it, and a value stays one argument whatever spaces it holds.

`spawn`/`execFile` given an argument array and `shell: true` lose the option: the array is already the argument
list, and the shell only re-reads it.

Declines commands that need a shell: pipes, redirections, `&&`, globs, `$VAR`, `~`, sub-shells.
"""
from __future__ import annotations

import re

from tree_sitter import Node

from aiharden.repair.js.pieces import Lit
from aiharden.repair.js.pieces import Val
from aiharden.repair.js.pieces import flatten
from aiharden.repair.js.tree import FUNCTIONS
from aiharden.repair.js.tree import Draft
from aiharden.repair.js.tree import Source
from aiharden.repair.js.tree import ancestor
from aiharden.repair.js.tree import args
from aiharden.repair.js.tree import declaration
from aiharden.repair.js.tree import ensure_member
from aiharden.repair.js.tree import module_binding
from aiharden.repair.js.tree import scope_of
from aiharden.repair.js.tree import statement_of
from aiharden.repair.js.tree import writes

FILE_FORM = {"exec": "execFile", "execSync": "execFileSync"}
_SHELL = re.compile(r"""[|&;<>()$`\\*?\[\]{}~!#\n]""")


def _words(src: Source, segs: list[Lit | Val]) -> list[list[str | Val]] | None:
    """Shell words of the command, each a list of literal text and values; None when it needs a shell."""
    words: list[list[str | Val]] = []
    cur: list[str | Val] = []
    quote = ""
    started = False
    for seg in segs:
        if isinstance(seg, Val):
            cur.append(seg)
            started = True
            continue
        raw = src.data[seg.start:seg.end].decode("utf-8")
        for ch in raw:
            if quote:
                if ch == quote:
                    quote = ""
                elif quote == '"' and ch in "$`\\":
                    return None
                else:
                    cur.append(ch)
            elif ch in "'\"":
                quote, started = ch, True
            elif ch in " \t":
                if started:
                    words.append(cur)
                cur, started = [], False
            elif _SHELL.match(ch):
                return None
            else:
                cur.append(ch)
                started = True
    if quote:
        return None
    if started:
        words.append(cur)
    out = []
    for w in words:  # join neighbouring characters
        merged: list[str | Val] = []
        for p in w:
            if isinstance(p, str) and merged and isinstance(merged[-1], str):
                merged[-1] += p
            else:
                merged.append(p)
        out.append(merged)
    return out


def _js_string(text: str, prefer: str = "'") -> str:
    q = prefer if prefer not in text else ("'" if prefer == '"' else '"')
    return q + text.replace("\\", "\\\\").replace(q, "\\" + q) + q


def _arg(src: Source, word: list[str | Val]) -> str:
    if len(word) == 1:
        p = word[0]
        return _js_string(p, src.quote()) if isinstance(p, str) else src.t(p.node)
    body = "".join(("${" + src.t(p.node) + "}") if isinstance(p, Val) else
                   p.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${") for p in word)
    return "`" + body + "`"


def _target(src: Source, call: Node) -> tuple[str, str, Node | None] | None:
    """(exec or execSync, how the call reaches it, the promisify declaration when it is a promisified exec)."""
    fn = call.child_by_field_name("function")
    if fn is None:
        return None
    b = module_binding(src, "child_process")
    if fn.type == "member_expression":
        obj, prop = fn.child_by_field_name("object"), fn.child_by_field_name("property")
        if obj is not None and prop is not None and src.t(prop) in FILE_FORM and (
                src.t(obj) == b.namespace or src.t(obj) == "child_process"):
            return src.t(prop), "member", None
        return None
    name = src.t(fn)
    for member, local in b.named.items():
        if local == name and member in FILE_FORM:
            return member, "named", None
    decl = declaration(src, name, call)
    value = decl.child_by_field_name("value") if decl is not None else None
    if value is not None and value.type == "call_expression" and re.search(r"(^|\.)promisify$", src.t(
            value.child_by_field_name("function") or value)):
        inner = args(value)
        if len(inner) == 1:
            text = src.t(inner[0])
            for member, local in b.named.items():
                if text == local and member == "exec":
                    return member, "promisified", decl
            if b.namespace and text == f"{b.namespace}.exec":
                return "exec", "promisified", decl
    return None


def _several_words(src: Source, value: Node, call: Node) -> bool:
    """Whether a value standing as one word of the command holds several: a parameter that a call in the file fills
    with text that has spaces (`git(dir, `fetch origin ${b}`)`)."""
    if value.type != "identifier":
        return False
    name = src.t(value)
    fn = ancestor(call, FUNCTIONS)
    params = fn.child_by_field_name("parameters") if fn is not None else None
    names = [src.t(p) for p in params.named_children] if params is not None else []
    own = fn.child_by_field_name("name") if fn is not None else None
    if name not in names or own is None:
        return False
    i = names.index(name)
    for other in src.walk():
        if other.type == "call_expression" and src.t(other.child_by_field_name("function") or other) == src.t(own):
            given = args(other)
            if i < len(given) and given[i].type in ("string", "template_string") and re.search(
                    r"\S\s+\S", re.sub(r"\$\{[^}]*\}", "x", src.t(given[i])[1:-1])):
                return True
    return False


def _joined(src: Source, expr: Node) -> list[Lit | Val] | None:
    """The parts of `[part, part, ...].join(' ')`: each element's, with the separator's text between them."""
    fn = expr.child_by_field_name("function") if expr.type == "call_expression" else None
    obj = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
    prop = fn.child_by_field_name("property") if fn is not None and fn.type == "member_expression" else None
    sep = args(expr)
    if obj is None or prop is None or obj.type != "array" or src.t(prop) != "join" or len(sep) != 1 or \
            sep[0].type != "string" or not src.t(sep[0])[1:-1].strip(" ") == "" or len(src.t(sep[0])) < 3:
        return None
    out: list[Lit | Val] = []
    for i, element in enumerate(c for c in obj.named_children if c.type != "comment"):
        if i:
            out.append(Lit(sep[0].start_byte + 1, sep[0].end_byte - 1, src.t(sep[0])[0]))
        part = flatten(src, element)
        if part is None:
            return None
        out += part
    return out


def _configured(src: Source, node: Node) -> bool:
    """A program named by the code's own settings (`this.binary`, `config.convert`, `CONVERT_BIN`), not by a
    request."""
    return node.type in ("member_expression", "identifier") and not re.match(r"(req|request|ctx|event)\b",
                                                                            src.t(node))


def propose(src: Source, start: int, end: int) -> list[tuple[str, Draft]]:
    for call in src.on_lines(("call_expression",), start, end):
        d = _rewrite(src, call)
        if d is not None:
            return [("js-exec-to-execfile", d)]
        d = _drop_shell(src, call)
        if d is not None:
            return [("js-spawn-without-shell", d)]
    return []


_ARRAY_FORMS = ("spawn", "spawnSync", "execFile", "execFileSync")


def _drop_shell(src: Source, call: Node) -> Draft | None:
    """`spawn(program, [args...], {..., shell: true})` → the same call without `shell: true` (the whole options object
    when it held nothing else), when the program and the fixed arguments need no shell."""
    fn = call.child_by_field_name("function")
    a = args(call)
    if fn is None or len(a) < 3 or a[1].type != "array" or a[-1].type != "object":
        return None
    b = module_binding(src, "child_process")
    owner, _, member = src.t(fn).rpartition(".")
    if owner and owner not in (b.namespace, "child_process"):
        return None
    if (member if owner else {v: k for k, v in b.named.items()}.get(member)) not in _ARRAY_FORMS:
        return None
    program = a[0]
    if program.type == "string" and not re.fullmatch(r"""['"][\w./@+-]+['"]""", src.t(program)):
        return None
    if any(x.type == "string" and _SHELL.search(src.t(x)[1:-1]) for x in a[1].named_children):
        return None
    pairs = [p for p in a[-1].named_children if p.type == "pair"]
    shell = [p for p in pairs if src.t(p.child_by_field_name("key") or p).strip("'\"") == "shell"]
    if len(shell) != 1 or src.t(shell[0].child_by_field_name("value") or shell[0]) != "true":
        return None
    d = Draft(src)
    if len(a[-1].named_children) == 1:  # the options held only the shell: the argument goes
        d.replace_span(a[-2].end_byte, a[-1].end_byte, "")
        return d
    siblings = a[-1].named_children
    i = siblings.index(shell[0])
    if i + 1 < len(siblings):
        d.replace_span(shell[0].start_byte, siblings[i + 1].start_byte, "")
    else:
        d.replace_span(siblings[i - 1].end_byte, shell[0].end_byte, "")
    return d


def _rewrite(src: Source, call: Node) -> Draft | None:
    found = _target(src, call)
    a = args(call)
    if found is None or not a:
        return None
    member, how, promisified = found
    cmd = a[0]
    expr = cmd
    if cmd.type == "identifier":
        decl = declaration(src, src.t(cmd), call)
        if decl is None or (value := decl.child_by_field_name("value")) is None or writes(
                src, src.t(cmd), scope_of(decl)):
            return None
        expr = value
    segs = _joined(src, expr) or flatten(src, expr)
    if segs is None:
        return None
    words = _words(src, segs)
    if not words or len(words[0]) != 1 or not (isinstance(words[0][0], str) or _configured(src, words[0][0].node)):
        return None  # the program itself must be fixed text, or a setting of the code
    if not any(isinstance(p, Val) for w in words for p in w):
        return None
    if any(len(w) == 1 and isinstance(w[0], Val) and _several_words(src, w[0].node, call) for w in words[1:]):
        return None  # a value that holds several arguments of the command, which the shell split
    d = Draft(src)
    argv = f"{_arg(src, words[0])}, [{', '.join(_arg(src, w) for w in words[1:])}]"
    fn = call.child_by_field_name("function")
    assert fn is not None
    if how == "member":
        prop = fn.child_by_field_name("property")
        assert prop is not None
        d.replace(prop, FILE_FORM[member])
    elif how == "named":
        d.replace(fn, ensure_member(d, "child_process", FILE_FORM[member]))
    else:
        assert promisified is not None
        value = promisified.child_by_field_name("value")
        name = promisified.child_by_field_name("name")
        assert value is not None and name is not None
        file_fn = ensure_member(d, "child_process", "execFile")
        new_name = src.fresh(re.sub(r"exec", "execFile", src.t(name), count=1) if "exec" in src.t(name)
                             else src.t(name) + "File")
        inner = args(value)[0]
        stmt = statement_of(promisified)
        new_value = src.t(value)[: inner.start_byte - value.start_byte] + file_fn + src.t(value)[
            inner.end_byte - value.start_byte:]
        kind = src.t(stmt).split()[0] if src.t(stmt).split()[0] in ("const", "let", "var") else "const"
        d.insert(stmt.end_byte, f"{src.nl()}{src.indent(stmt)}{kind} {new_name} = {new_value};")
        d.replace(fn, new_name)
    d.replace(cmd, argv)
    return d
