"""SQL built from values with template literals or + (CWE-89): the values become placeholders in the driver's
syntax (`?` for mysql, mysql2, sqlite3 and knex.raw; `$1..` for pg; Sequelize `replacements`) and are passed
beside the statement; Prisma's `$queryRawUnsafe` becomes the `$queryRaw` tagged template, which binds each value.

The statement may be inline, in a variable assigned before the call, or in a variable appended to with `+=` over
several statements (under `if`s too): each piece's values are pushed onto a list in the order the pieces run. A value quoted in the SQL (`'${name}'`,
`'%${q}%'`) becomes one placeholder with the quoted text as its value; a bare value only where SQL takes a value
(after a comparison, LIKE, LIMIT, inside VALUES or IN lists). A value in an identifier slot (a table, a column,
ORDER BY) has no placeholder form: the codemod declines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field

from tree_sitter import Node

from aiharden.repair.js.pieces import Lit
from aiharden.repair.js.pieces import Val
from aiharden.repair.js.pieces import flatten
from aiharden.repair.js.tree import Draft
from aiharden.repair.js.tree import Source
from aiharden.repair.js.tree import args
from aiharden.repair.js.tree import call_name
from aiharden.repair.js.tree import declaration
from aiharden.repair.js.tree import local_function
from aiharden.repair.js.tree import references
from aiharden.repair.js.tree import scope_of
from aiharden.repair.js.tree import writes

SINKS = frozenset({"query", "execute", "all", "get", "run", "each", "exec", "prepare", "unsafe"})
RAW = frozenset({"raw", "whereRaw", "orWhereRaw", "andWhereRaw", "havingRaw", "orHavingRaw", "orderByRaw",
                 "groupByRaw", "joinRaw", "selectRaw", "fromRaw"})
PRISMA = {"$queryRawUnsafe": "$queryRaw", "$executeRawUnsafe": "$executeRaw"}
_DOLLAR = frozenset({"pg", "postgres", "pg-promise", "pg-pool"})
_QMARK = frozenset({"mysql", "mysql2", "sqlite3", "better-sqlite3", "sqlite", "knex"})

# SQL right before a value that takes a placeholder
_VALUE_SLOT = re.compile(
    r"(?:=|<>|!=|<=|>=|<|>|\bLIKE|\bILIKE|\bLIMIT|\bOFFSET|\bIS(?:\s+NOT)?|\bBETWEEN|\bBETWEEN\s+\S+\s+AND"
    r"|\bIN\s*\(|\bVALUES\s*\(|,|\()\s*$", re.I)


@dataclass
class Group:
    """One placeholder: a quoted SQL string holding values, or one bare value."""
    start: int  # byte span the placeholder replaces
    end: int
    parts: list[str | Val] = field(default_factory=list)
    close: str = ""  # text to put after the placeholder (a JS quote the span swallowed)


def _quotes(raw: str, js_quote: str) -> list[tuple[int, int]]:
    """(offset, length) of each SQL single quote in a JavaScript literal's raw text."""
    out = []
    i = 0
    while i < len(raw):
        if raw.startswith("\\'", i):
            out.append((i, 2))
            i += 2
        elif raw[i] == "\\":
            i += 2
        elif raw[i] == "'" and js_quote != "'":
            out.append((i, 1))
            i += 1
        else:
            i += 1
    return out


def _groups(src: Source, segs: list[Lit | Val]) -> list[Group] | None:
    """The placeholders, in order; None when some value has no placeholder form."""
    groups: list[Group] = []
    text = ""  # the SQL so far (literal parts)
    open_group: Group | None = None
    open_lit: Lit | None = None
    for k, seg in enumerate(segs):
        if isinstance(seg, Val):
            if open_group is not None:
                open_group.parts.append(seg)
                continue
            prev = segs[k - 1] if k else None
            nxt = segs[k + 1] if k + 1 < len(segs) else None
            if not isinstance(prev, Lit) or not _VALUE_SLOT.search(text):
                return None
            after = src.data[nxt.start:nxt.end].decode() if isinstance(nxt, Lit) else ""
            if re.match(r"[\w.]", after) or re.search(r"\w$", text):
                return None  # glued to a name: part of an identifier
            if seg.holder.type == "template_substitution":
                groups.append(Group(seg.holder.start_byte, seg.holder.end_byte, [seg]))
            elif isinstance(nxt, Lit):
                if nxt.quote != prev.quote:
                    return None
                groups.append(Group(prev.end, nxt.start, [seg]))
            else:
                groups.append(Group(prev.end, seg.node.end_byte, [seg], close=prev.quote))
            text += " ? "
            continue
        raw = src.data[seg.start:seg.end].decode()
        pos = 0
        for off, length in _quotes(raw, seg.quote):
            if open_group is None:
                open_group, open_lit = Group(seg.start + off, -1), seg
                text += raw[pos:off]
                pos = off + length
            else:
                piece = raw[pos:off]
                if piece:
                    open_group.parts.append(piece)
                if any(isinstance(p, Val) for p in open_group.parts):
                    if open_lit is not seg and (open_lit is None or open_lit.quote != seg.quote):
                        return None
                    open_group.end = seg.start + off + length
                    groups.append(open_group)
                    text += " ? "
                else:
                    text += "'" + "".join(str(p) for p in open_group.parts) + "'"
                open_group = open_lit = None
                pos = off + length
        if open_group is not None:
            if pos < len(raw):
                open_group.parts.append(raw[pos:])
        else:
            text += raw[pos:]
    if open_group is not None:
        return None
    return groups


def _param(src: Source, g: Group) -> str:
    vals = [p for p in g.parts if isinstance(p, Val)]
    if len(g.parts) == 1 and len(vals) == 1:
        return src.t(vals[0].node)
    out = []
    for p in g.parts:
        if isinstance(p, Val):
            out.append("${" + src.t(p.node) + "}")
        else:
            out.append(p.replace("`", "\\`").replace("${", "\\${"))
    return "`" + "".join(out) + "`"


def _modules(src: Source) -> set[str]:
    """The last name of every module the file requires or imports (`../stubs/pg.js` → pg)."""
    out = set()
    for m in re.finditer(r"""(?:require\(\s*|from\s+|import\s+)['"]([^'"]+)['"]""", src.text):
        spec = m[1]
        out.add(spec)
        for part in spec.split("/"):
            out.add(re.sub(r"\.(c|m)?js$", "", part))
    return out


def _style(src: Source, method: str) -> str | None:
    """`?`, `$` (numbered), `sequelize` or `prisma`, from the call and the driver the file loads."""
    if method in PRISMA:
        return "prisma"
    if method in RAW:
        return "?"
    mods = _modules(src)
    dollar, qmark = bool(mods & _DOLLAR), bool(mods & (_QMARK - {"knex"}))
    if dollar and not qmark:
        return "$"
    if qmark and not dollar:
        return "?"
    if "sequelize" in mods and not dollar and not qmark:
        return "sequelize"
    return None


def _sink_calls(src: Source, start: int, end: int) -> list[tuple[Node, str]]:
    """(call, the driver method that runs the statement): the driver's call, or a call of a helper of the file that
    hands its first two parameters, the statement and its values, to one (`queryAll(sql, params)`)."""
    out = []
    for call in src.on_lines(("call_expression",), start, end):
        name = call_name(src, call)
        if (name in SINKS or name in RAW or name in PRISMA) and args(call):
            out.append((call, name))
            continue
        local = local_function(src, call)
        if local is None or len(local[1]) < 2 or not args(call):
            continue
        target, params = local
        for inner in (n for n in src.walk(target) if n.type == "call_expression"):
            given = [src.t(x) for x in args(inner)[:2]]
            if call_name(src, inner) in SINKS and given == params[:2]:
                out.append((call, call_name(src, inner)))
                break
    return out


def propose(src: Source, start: int, end: int) -> list[tuple[str, Draft]]:
    out = []
    for call, method in _sink_calls(src, start, end):
        d = _rewrite(src, call, method)
        if d is not None:
            out.append(("js-sql-parameterize", d))
    return out[:1]


def _rewrite(src: Source, call: Node, method: str) -> Draft | None:
    style = _style(src, method)
    if style is None:
        return None
    a = args(call)
    sql = a[0]
    expr = sql
    if sql.type == "identifier":
        decl = declaration(src, src.t(sql), call)
        if decl is None or (value := decl.child_by_field_name("value")) is None:
            return None
        scope = scope_of(decl)
        name = src.t(sql)
        if style == "prisma":
            return None  # a tagged template needs the text inline
        if writes(src, name, scope):
            return _built(src, call, decl, value, style)  # appended to over several statements
        uses = [r for r in references(src, name, scope) if r.start_byte > decl.end_byte]
        if len(uses) != 1:
            return None  # the text goes to other calls too, which would lose their values
        expr = value
    segs = flatten(src, expr)
    if segs is None or not any(isinstance(s, Val) for s in segs):
        return None
    groups = _groups(src, segs)
    if not groups:
        return None
    d = Draft(src)
    if style == "prisma":
        return _prisma(src, d, call, groups)
    params = [_param(src, g) for g in groups]
    lits = [s for s in segs if isinstance(s, Lit)]
    raw_text = "".join(src.data[s.start:s.end].decode() for s in lits)
    if style == "$":
        base = max((int(n) for n in re.findall(r"\$(\d+)", raw_text)), default=0)
        marks = [f"${base + i + 1}" for i in range(len(groups))]
    else:
        marks = ["?"] * len(groups)
    for g, mark in zip(groups, marks):
        d.replace_span(g.start, g.end, mark + g.close)
    rest = a[1:]
    if style == "sequelize":
        return _sequelize(src, d, sql, rest, params)
    existing = rest[0] if rest and rest[0].type == "array" else None
    if rest and existing is None and rest[0].type not in ("arrow_function", "function_expression", "function"):
        return None  # values passed some other way: no safe place for new ones
    if existing is not None:
        items = [c for c in existing.named_children if c.type != "comment"]
        if style == "$":
            if items:
                d.insert(items[-1].end_byte, ", " + ", ".join(params))
            else:
                d.replace(existing, "[" + ", ".join(params) + "]")
        else:
            order = _qmark_order(src, lits, groups, items, params)
            if order is None:
                return None
            d.replace(existing, "[" + ", ".join(order) + "]")
    else:
        if style == "?" and re.search(r"(?<![\w'\"])\?(?![\w'\"])", raw_text):
            return None  # placeholders already there with their values elsewhere
        d.insert(sql.end_byte, ", [" + ", ".join(params) + "]")
    return d


def _built(src: Source, call: Node, decl: Node, value: Node, style: str) -> Draft | None:
    """A statement started in a variable and appended to with `+=` (in the same function, also under `if`s), then run
    once: each piece's values become placeholders and each piece pushes its values onto a list declared after the
    variable, in the order the pieces run; the call gets the list. `$n` marks are numbered by the push itself
    (`$${values.push(x)}`), so a piece that runs only sometimes keeps the numbers right."""
    if style not in ("?", "$"):
        return None
    name = src.t(decl.child_by_field_name("name") or decl)
    scope = scope_of(decl)
    appends = writes(src, name, scope)
    if any(w.type != "augmented_assignment_expression" or src.t(w).split(name, 1)[1].lstrip()[:2] != "+=" or
           w.parent is None or w.parent.type != "expression_statement" or scope_of(w) != scope for w in appends):
        return None
    uses = [r for r in references(src, name, scope) if r.start_byte > decl.end_byte and not any(
        w.start_byte <= r.start_byte < w.end_byte for w in appends)]
    a = args(call)
    if len(uses) != 1 or uses[0] != a[0] or (len(a) > 1 and a[1].type not in ("arrow_function", "function_expression")):
        return None  # read elsewhere too, or values already passed
    d = Draft(src)
    values = src.fresh("values")
    nl = src.nl()
    changed = False
    first = _statement(decl)
    if first is None:
        return None
    pushes: dict[int, list[str]] = {first.id: [f"const {values} = [];"]}  # what follows each piece's statement
    for piece, stmt in [(value, first)] + [(w.child_by_field_name("right"), w.parent) for w in appends]:
        if piece is None or stmt is None:
            return None
        segs = flatten(src, piece)
        if segs is None:
            return None
        if not any(isinstance(x, Val) for x in segs):
            continue
        groups = _groups(src, segs)
        if not groups:
            continue  # names in identifier slots (a sort column picked from a map): left for the re-scan to judge
        pushed = [_param(src, g) for g in groups]
        if style == "$":
            if piece.type != "template_string":
                return None
            for g, v in zip(groups, pushed):
                mark = f"${{{values}.push({v})}}"
                d.replace_span(g.start, g.end, "$" + mark + g.close)
        else:
            for g in groups:
                d.replace_span(g.start, g.end, "?" + g.close)
            pushes.setdefault(stmt.id, []).append(f"{values}.push({', '.join(pushed)});")
        changed = True
    if not changed:
        return None
    for stmt in [first] + [w.parent for w in appends if w.parent is not None]:
        if stmt.id in pushes:
            d.insert(stmt.end_byte, "".join(f"{nl}{src.indent(stmt)}{line}" for line in pushes.pop(stmt.id)))
    d.insert(a[0].end_byte, f", {values}")
    return d


def _statement(decl: Node) -> Node | None:
    """The declaration statement a declarator belongs to."""
    n = decl.parent
    return n if n is not None and n.type in ("lexical_declaration", "variable_declaration") else None


def _qmark_order(src: Source, lits: list[Lit], groups: list[Group], items: list[Node],
                 params: list[str]) -> list[str] | None:
    """The values in the order of the `?` marks: the existing ones, with the new ones where their marks go."""
    spans = [(g.start, g.end) for g in groups]
    old = []
    for lit in lits:
        raw = src.data[lit.start:lit.end]
        for m in re.finditer(rb"\?", raw):
            at = lit.start + m.start()
            if not any(s <= at < e for s, e in spans):
                old.append(at)
    if len(old) != len(items):
        return None
    marks = sorted([(at, "old", i) for i, at in enumerate(old)] + [(g.start, "new", i) for i, g in enumerate(groups)])
    return [src.t(items[i]) if kind == "old" else params[i] for _, kind, i in marks]


def _sequelize(src: Source, d: Draft, sql: Node, rest: list[Node], params: list[str]) -> Draft | None:
    values = "[" + ", ".join(params) + "]"
    if not rest:
        d.insert(sql.end_byte, f", {{ replacements: {values} }}")
        return d
    opts = rest[0]
    if opts.type != "object" or "replacements" in src.t(opts) or "bind" in src.t(opts):
        return None
    d.insert(opts.start_byte + 1, f" replacements: {values},")
    return d


def _prisma(src: Source, d: Draft, call: Node, groups: list[Group]) -> Draft | None:
    """`db.$queryRawUnsafe(`... '${x}'`)` → ``db.$queryRaw`... ${x}` ``: the tagged template binds each value."""
    a = args(call)
    fn = call.child_by_field_name("function")
    prop = fn.child_by_field_name("property") if fn is not None else None
    if len(a) != 1 or a[0].type != "template_string" or prop is None:
        return None
    text = bytearray(src.data[a[0].start_byte:a[0].end_byte])
    for g in sorted(groups, key=lambda g: g.start, reverse=True):
        text[g.start - a[0].start_byte:g.end - a[0].start_byte] = ("${" + _param(src, g) + "}").encode("utf-8")
    d.replace_span(prop.start_byte, call.end_byte, PRISMA[src.t(prop)] + text.decode("utf-8"))
    return d
