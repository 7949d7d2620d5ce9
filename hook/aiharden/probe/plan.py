"""The calls a probe makes: benign ones, then each hostile payload in each input that could carry it."""
from __future__ import annotations

import ast
import base64
import re
from collections.abc import Sequence
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.target import CODE_DEFAULT
from aiharden.probe.target import NO_DEFAULT
from aiharden.probe.target import Param
from aiharden.probe.target import Target

MAX_HOSTILE_CALLS = 48
CARRIERS = ("text", "bytes", "path", "list")  # parameter kinds a payload can travel in (and records)


def literals(text: str) -> tuple[str, ...]:
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return ()
    seen: dict[str, None] = {}
    compared = [c for n in ast.walk(tree) if isinstance(n, ast.Compare) for c in [n.left, *n.comparators]]
    # values the code compares with come first: they are what it accepts (`root.tag != "invoice"`)
    for node in [*compared, *ast.walk(tree)]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and 0 < len(node.value) < 200:
            seen.setdefault(node.value, None)
    return tuple(seen)


_FIELD_VALUES = {"int": 2, "float": 1.5, "bool": False, "list": [], "dict": {}, "datetime": {"$": "datetime"}}


def _record(name: str, text: Any, target: Target | None) -> dict[str, Any]:
    """An instance of the module's record class name (the child builds it), text in each of its text fields."""
    fields = dict(target.records).get(name, ()) if target is not None else ()
    return {"$": "record", "class": name,
            "fields": {f: text if kind == "text" else _FIELD_VALUES.get(kind) for f, kind in fields}}


def _value(p: Param, text: str, target: Target | None = None) -> Any:
    """A JSON-able value for a parameter (markers the child builds: a sqlite connection, the base folder, ...)."""
    if p.kind.startswith("record:"):
        return _record(p.kind[7:], text, target)
    if p.kind == "list" and p.item.startswith("record:"):
        return [_record(p.item[7:], text, target)]
    if p.kind == "conn":
        return {"$": "sqlite"}
    if p.kind == "engine":
        return {"$": "engine"}
    if p.kind == "callable":
        return {"$": "callable"}
    if p.kind == "cursor":
        return {"$": "cursor"}
    if p.kind == "base":
        path = target is not None and p.name in target.path_folders
        return {"$": "base", "type": "Path" if path else "str"}
    if target is not None and p.kind == "text" and (choice := dict(target.choices).get(p.name)) is not None:
        return choice
    if p.kind == "path":
        return {"$": "path", "value": text}
    if p.kind == "bytes":
        return {"$": "bytes", "b64": base64.b64encode(text.encode()).decode()}
    if p.kind == "text":
        return text
    if p.default is not NO_DEFAULT and p.default is not None:
        return p.default
    if p.kind == "list":
        return [{"int": 2, "float": 1.5, "dict": {}, "list": []}.get(p.item, text)]
    if p.default is None:
        return None
    return {"int": 2, "float": 1.5, "bool": False, "dict": {}}.get(p.kind)


def _carried(p: Param, value: Any, target: Target | None = None) -> Any:
    if isinstance(value, dict) and value.get("$") == "spy":  # a text that records its comparisons
        return value if p.kind == "text" else None
    if isinstance(value, dict):  # a payload that is bytes already (a pickle)
        if p.kind == "bytes":
            return value
        return None
    if p.kind.startswith("record:") or p.item.startswith("record:"):  # in every text field of the record
        return _value(p, value, target) if isinstance(value, str) else None
    if p.kind == "list":
        return [value] if p.item in ("text", "") else None
    if p.kind == "bytes":
        return {"$": "bytes", "b64": base64.b64encode(str(value).encode()).decode()}
    if p.kind == "path":
        return {"$": "path", "value": value}
    return value


def _carries(p: Param) -> bool:
    return p.kind in CARRIERS or p.kind.startswith("record:")


def _args(params: Sequence[Param], text: str, target: Target | None = None, defaults: bool = False) -> dict[str, Any]:
    """Arguments for a call; a parameter whose default the code computes is left to that default (unless it is
    one that carries input), and with `defaults` every parameter that has one."""
    return {p.name: _value(p, text, target) for p in params
            if (p.default is not CODE_DEFAULT or _carries(p)) and not (defaults and p.default is not NO_DEFAULT)}


_TYPED = {"int": "2", "float": "1.5", "bool": "true"}
_DOCUMENT = re.compile(r"(?i)(xml|document|doc|feed|content|source|data|body|payload)s?$")


def _http(t: Target, text: str, where_key: tuple[str, str] | None = None, payload: Any = None) -> dict[str, Any]:
    req: dict[str, Any] = {"method": t.method, "query": {}, "form": {}, "cookies": {}, "headers": {}, "json": None,
                           "files": {}}
    route = t.route or "/"
    chosen = dict(t.choices)
    # a parameter the framework converts (limit: int) gets a value of its type, or every request is a 422
    chosen.update({p.name: _TYPED[p.kind] for p in t.params if p.kind in _TYPED and p.name not in chosen})
    values = {v: chosen.get(v, text.replace("/", "-")) for v in t.route_vars}
    for where, key in t.inputs:
        if where == "json":
            req["json"] = req["json"] or {}
            req["json"][key] = chosen.get(key, text)
        else:
            req[where][key] = chosen.get(key, text)
    if where_key is not None:
        where, key = where_key
        if where == "route":
            values[key] = str(payload)
        elif where == "json":
            req["json"][key] = payload
        else:
            req[where][key] = payload
    if t.kind == "flask":
        import re

        route = re.sub(r"<(?:[a-z]+:)?(\w+)>", lambda m: _quote_path(values.get(m[1], "x")), route)
    elif t.kind == "fastapi":
        import re

        route = re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: _quote_path(values.get(m[1], "x")), route)
    req["path"] = route
    if t.kind == "django":
        req["path"] = "/probe/"
    if req["files"] and req["method"] == "GET":
        req["method"] = "POST"  # an upload comes in a POST body
    if t.method == "GET" and req["form"]:
        req["query"].update(req["form"])
        req["form"] = {}
    return req


def _quote_path(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="/")


def build(target: Target, family: Family, ctx: Context) -> tuple[list[dict[str, Any]], list[Hostile | None]]:
    """The calls (as the child reads them) and, per call, the payload it carries (None for a benign call)."""
    calls: list[dict[str, Any]] = []
    payloads: list[Hostile | None] = []
    web = target.kind in ("flask", "fastapi", "django")
    benign = family.benign(ctx)
    init = _args(target.init_params, benign[0], target, family.keep_defaults) if target.kind == "method" else {}
    if family.plant.lstrip().startswith("<"):  # a constructor handed the document itself (`Catalogue(xml)`)
        init.update({p.name: _value(p, family.plant, target) for p in target.init_params
                     if p.kind in ("text", "bytes") and _DOCUMENT.search(p.name)})
    repeat = getattr(family, "repeat", 1)
    # a flag decides the branch: every call is made once more with the flags the other way
    flags = [p.name for p in target.params if p.kind == "bool"] if not web else []

    def add(spec: dict[str, Any], payload: Hostile | None) -> None:
        calls.append(spec)
        payloads.append(payload)
        if flags and "args" in spec:
            calls.append({**spec, "args": {**spec["args"], **{f: not spec["args"].get(f) for f in flags}}})
            payloads.append(payload)

    for text in benign:
        for _ in range(repeat):
            spec: dict[str, Any] = {"role": "benign"}
            if web:
                spec["http"] = _http(target, text)
            else:
                spec["args"], spec["init"] = _args(target.params, text, target, family.keep_defaults), init
            add(spec, None)
    # the same benign calls with every process the code starts failing: what the code does then must not change
    for code in family.exit_codes[1:]:
        for spec in [c for c in calls if c["role"] == "benign" and "exit" not in c]:
            calls.append({**spec, "exit": code})
            payloads.append(None)
    hostile = family.hostile(ctx)
    if web:
        typed = {p.name for p in target.params if p.kind in _TYPED}
        slots: list[Any] = [s for s in [*target.inputs, *(("route", v) for v in target.route_vars)] if s[1] not in typed]
    else:
        # the method's own parameters, then the constructor's (a method that reads what the object holds)
        slots = [("args", p) for p in target.params if _carries(p)] + \
            [("init", p) for p in (target.init_params if target.kind == "method" else ()) if _carries(p)]
    for h in hostile:
        for slot in slots:
            if sum(c["role"] == "hostile" for c in calls) >= MAX_HOSTILE_CALLS:
                break
            spec = {"role": "hostile", "files": h.files, **({"grow": h.grow} if h.grow else {})}
            if web:
                if isinstance(h.value, dict):
                    continue
                spec["http"] = _http(target, benign[0], slot, h.value)
            else:
                where, param = slot
                carried = _carried(param, h.value, target)
                if carried is None:
                    continue
                spec["args"], spec["init"] = _args(target.params, benign[0], target), init
                spec[where] = {**spec[where], param.name: carried}
            add(spec, h)
        if h.files:  # the payload also travels in the files the code reads
            spec = {"role": "hostile", "files": h.files}
            if web:
                spec["http"] = _http(target, benign[0])
            else:
                spec["args"], spec["init"] = _args(target.params, benign[0], target), init
            add(spec, h)
    if not hostile:  # the weakness is in what the function does, not in what it is given: every call is a try
        label = "a database or file error inside the call" if family.fault else "a call"
        for spec in list(calls):
            calls.append({**spec, "role": "hostile", **({"fault": True} if family.fault else {})})
            payloads.append(Hostile(None, label))
    return calls, payloads
