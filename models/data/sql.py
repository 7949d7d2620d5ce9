"""Synthetic SQL-injection pairs: queries built by f-string, %, .format or +, fixed by parameters."""
from __future__ import annotations

import random

from models.data.names import Pool

Part = tuple[str, str]  # ("lit", text) or ("val", expression)


def _query(p: Pool, rng: random.Random) -> tuple[list[Part], list[str]]:
    t, cols = p.word() + rng.choice(["", "s", "_tbl"]), p.vars(3)
    vals = p.vars(rng.choice([1, 1, 1, 2, 2, 3]))
    # `WHERE name = '{name}'`: the column is often named like the variable.
    col = lambda v: v if "." not in v and rng.random() < 0.3 else p.word()  # noqa: E731
    if rng.random() < 0.2:
        vals[0] = f"{p.var()}.{p.word()}"
    q = lambda i: "'" if rng.random() < 0.45 else ""  # noqa: E731
    parts: list[Part] = []
    shape = rng.choice(["select", "select", "select", "delete", "update", "insert"])
    if shape == "select":
        sel = rng.choice(["*", ", ".join(cols[: rng.randint(1, 3)]), "COUNT(*)"])
        parts.append(("lit", f"SELECT {sel} FROM {t} WHERE "))
        for i, v in enumerate(vals):
            c = q(i)
            parts += [("lit", ("" if i == 0 else rng.choice([" AND ", " OR "])) + f"{col(v)} {rng.choice(['=', '=', 'LIKE', '>'])} {c}"), ("val", v), ("lit", c)]
        if rng.random() < 0.2:
            parts.append(("lit", f" ORDER BY {cols[0]}" + rng.choice(["", " DESC", " LIMIT 10"])))
    elif shape == "delete":
        parts.append(("lit", f"DELETE FROM {t} WHERE "))
        for i, v in enumerate(vals):
            c = q(i)
            parts += [("lit", ("" if i == 0 else " AND ") + f"{col(v)} = {c}"), ("val", v), ("lit", c)]
    elif shape == "update":
        c = q(0)
        parts += [("lit", f"UPDATE {t} SET {cols[0]} = {c}"), ("val", vals[0]), ("lit", c + f" WHERE {cols[1]} = ")]
        parts.append(("val", vals[1] if len(vals) > 1 else p.var()))
    else:
        cs = cols[: len(vals)]
        parts.append(("lit", f"INSERT INTO {t} ({', '.join(cs)}) VALUES ("))
        for i, v in enumerate(vals):
            c = q(i)
            parts += [("lit", (", " if i else "") + c), ("val", v), ("lit", c)]
        parts.append(("lit", ")"))
    values = [e for k, e in parts if k == "val"]
    return _merge(parts), values


def _merge(parts: list[Part]) -> list[Part]:
    out: list[Part] = []
    for k, e in parts:
        if k == "lit" and out and out[-1][0] == "lit":
            out[-1] = ("lit", out[-1][1] + e)
        elif e or k == "val":
            out.append((k, e))
    return out


def _vuln(parts: list[Part], style: str, rng: random.Random) -> str:
    vals = [e for k, e in parts if k == "val"]
    if style == "fstring":
        return 'f"' + "".join(e if k == "lit" else "{" + e + "}" for k, e in parts) + '"'
    if style == "percent":
        spec = "%d" if rng.random() < 0.2 and all("'" not in e for k, e in parts if k == "lit") else "%s"
        s = '"' + "".join(e if k == "lit" else spec for k, e in parts) + '"'
        return s + " % " + (vals[0] if len(vals) == 1 and rng.random() < 0.6 else "(" + ", ".join(vals) + ("," if len(vals) == 1 else "") + ")")
    if style == "format":
        if rng.random() < 0.5:
            return '"' + "".join(e if k == "lit" else "{}" for k, e in parts) + '".format(' + ", ".join(vals) + ")"
        return '"' + "".join(e if k == "lit" else "{%d}" % vals.index(e) for k, e in parts) + '".format(' + ", ".join(vals) + ")"
    wrap = rng.random() < 0.4
    return " + ".join(f'"{e}"' if k == "lit" else (f"str({e})" if wrap else e) for k, e in parts)


def _fixed(parts: list[Part], api: str) -> tuple[str, str]:
    vals = [e for k, e in parts if k == "val"]
    out, names = [], []
    for i, (k, e) in enumerate(parts):
        if k == "lit":
            e = e[1:] if i > 0 and parts[i - 1][0] == "val" and e.startswith("'") else e
            e = e[:-1] if i + 1 < len(parts) and parts[i + 1][0] == "val" and e.endswith("'") else e
            out.append(e)
        else:
            name = e.split(".")[-1]
            names.append(name)
            out.append({"qmark": "?", "format": "%s", "named": ":" + name}[api])
    q = '"' + "".join(out) + '"'
    if api == "named":
        return q, "{" + ", ".join(f'"{n}": {v}' for n, v in zip(names, vals)) + "}"
    return q, "(" + ", ".join(vals) + ("," if len(vals) == 1 else "") + ")"


def sql(p: Pool, rng: random.Random, style: str) -> tuple[str, str, list[str]]:
    parts, vals = _query(p, rng)
    api = rng.choice(["qmark", "qmark", "format", "named"])
    clue = {"qmark": rng.choice(["conn = sqlite3.connect(DB_PATH)", "", ""]), "format": rng.choice(["conn = psycopg2.connect(DSN)", "conn = pymysql.connect(**CFG)", "conn = mysql.connector.connect(**CFG)"]), "named": ""}[api]
    if api == "named":
        ex = rng.choice(["session", "db.session", "self.session", "conn", "engine.connect()"]) + ".execute"
    else:
        ex = rng.choice(["cursor", "cur", p.var(), "self.cursor", f"self.{p.word()}.cursor()", "conn.cursor()", f"{p.var()}.cursor()"]) + ".execute"
    vq, (fq, params) = _vuln(parts, style, rng), _fixed(parts, api)
    if api == "named":
        vq, fq = f"text({vq})", f"text({fq})"
    tgt = rng.choice(["", "", f"{p.var()} = ", "rows = "])
    tail = rng.choice(["", "", ".fetchall()", ".fetchone()"]) if tgt else ""
    if rng.random() < 0.3:
        qv = rng.choice(["query", "sql", "stmt", p.var()])
        vuln = f"{qv} = {vq}\n{tgt}{ex}({qv}){tail}"
        fixed = f"{qv} = {fq}\n{tgt}{ex}({qv}, {params}){tail}"
    else:
        vuln, fixed = f"{tgt}{ex}({vq}){tail}", f"{tgt}{ex}({fq}, {params}){tail}"
    return vuln, fixed, [clue] if clue else []
