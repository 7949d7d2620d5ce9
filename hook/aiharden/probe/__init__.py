"""Exploit probes: run the original function and each candidate in a sandbox with hostile and benign inputs, and
judge by what reached the sinks, not by what a scanner says.

One family per weakness (sql, shell, path, html, ...). For one finding the original and every candidate run in
one sandboxed child; a candidate is `blocked` when the exploit shown on the original no longer works, benign
input behaves as before and hostile input fails the way the function fails. A function the probe cannot drive
is reported as not probed, with why.
"""
from __future__ import annotations

import base64
import textwrap
import time
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from aiharden.probe.code import Code
from aiharden.probe.compare import Compare
from aiharden.probe.cookies import Cookies
from aiharden.probe.debug import Debug
from aiharden.probe.deserialize import Deserialize
from aiharden.probe.deserialize import stale_writer
from aiharden.probe.family import Context
from aiharden.probe.errors import Errors
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import outcome
from aiharden.probe.hashing import Hashing
from aiharden.probe.headers import Headers
from aiharden.probe.hosts import Hosts
from aiharden.probe.html import HTML
from aiharden.probe.ciphers import Ciphers
from aiharden.probe.keys import Keys
from aiharden.probe.logs import Logs
from aiharden.probe.paths import Paths
from aiharden.probe.permissions import Permissions
from aiharden.probe.plan import build
from aiharden.probe.plan import literals
from aiharden.probe.randomness import Randomness
from aiharden.probe.redirects import Redirects
from aiharden.probe.regex import Regex
from aiharden.probe.shell import Shell
from aiharden.probe.sql import SQL
from aiharden.probe.secrets import Secrets
from aiharden.probe.secrets import env_for
from aiharden.probe.secrets import env_reads
from aiharden.probe.secrets import unanchored
from aiharden.probe.ssrf import SSRF
from aiharden.probe.target import Target
from aiharden.probe.tempfiles import TempFiles
from aiharden.probe.tokens import Tokens
from aiharden.probe.target import NO_DEFAULT
from aiharden.probe.target import find
from aiharden.probe.target import users
from aiharden.probe.transport import TLS
from aiharden.probe.transport import Timeout
from aiharden.probe.xml import XML
from aiharden.probe.xpath import XPath

FAMILIES: tuple[Family, ...] = (SQL(), Shell(), Paths(), HTML(), Redirects(), SSRF(), Code(), Deserialize(),
                                Randomness(), Permissions(), Hashing(), XML(), Logs(), TLS(), Timeout(), TempFiles(),
                                Debug(), Errors(), Secrets(), Cookies(), Regex(), Keys(), Headers(), XPath(), Hosts(),
                                Tokens(), Compare(), Ciphers())
# exceptions a plain function may raise to refuse hostile input when it has no error convention of its own
REFUSALS = frozenset({"ValueError", "PermissionError", "HTTPException", "PermissionDenied", "SuspiciousOperation",
                      "Http404", "BadRequest", "Forbidden", "NotFound",
                      # a parser refuses a document with its parse error, which its callers handle for any input
                      "XMLSyntaxError", "ParseError", "ExpatError", "SAXParseException", "DTDForbidden",
                      "EntitiesForbidden", "ExternalReferenceForbidden",
                      # a token library refuses a token it cannot verify with its own error
                      "InvalidTokenError", "PyJWTError", "JWTError"})


@dataclass(frozen=True)
class Result:
    status: str  # blocked, exploitable, changed, unshown (exploit not shown on the original), not_probed
    message: str = ""


@dataclass(frozen=True)
class Report:
    family: str | None
    shown: str  # evidence of the exploit on the original; "" when not shown
    why_not: str  # why there is no probe at all ("" when it ran)
    payloads: tuple[str, ...] = ()
    results: Mapping[str, Result] = field(default_factory=dict)
    seconds: float = 0.0


def family_for(cwes: Sequence[int], line: str = "") -> Family | None:
    """The family of the first CWE that has one; a family that claims the flagged line goes first."""
    for c in cwes:
        for fam in FAMILIES:
            if c in fam.cwes and fam.claims(line):
                return fam
    for c in cwes:
        for fam in FAMILIES:
            if c in fam.cwes and not fam.claim_only:
                return fam
    return None


def probe(text: str, relpath: str, line: int, cwes: Sequence[int], candidates: Mapping[str, str],
          *, root: Path | None, function_cwes: Sequence[int] = (), timeout: float = 30.0,
          sink_lines: Mapping[str, frozenset[int]] | None = None) -> Report:
    """Probe the original and each candidate text (by key) for the finding at line.

    sink_lines: per version ("original" and each candidate key), the lines of the flagged statement (in that
    version's numbering). A payload counts as an exploit only through a sink reached from those lines, so a
    path the caller chooses for an archive is not taken for the traversal inside it. None: every line."""
    from aiharden.probe import sandbox

    start = time.perf_counter()
    source_lines = text.splitlines()
    fam = family_for(cwes, source_lines[line - 1] if 0 < line <= len(source_lines) else "")
    if fam is None:
        return _none(candidates, None, f"no probe for CWE-{cwes[0] if cwes else '?'}")
    target = find(text, line)
    secrets = _removed_literals(text, line, candidates) if isinstance(fam, Secrets) else ()
    if isinstance(fam, Secrets) and not secrets:
        return _none(candidates, fam.name, "no candidate removes a literal of the flagged statement")
    ctx = Context(target, frozenset([*cwes, *function_cwes]), literals(text) + _test_literals(root, relpath),
                  secrets, text) if not isinstance(target, str) else None
    calls, payloads = build(target, fam, ctx) if ctx is not None and not isinstance(target, str) else ([], [])
    # a constructor that stores what the finding makes (a secret, a parser): what it does shows in the methods
    # that read it
    stores = not isinstance(target, str) and target.name.endswith("__init__") and (
        isinstance(fam, Secrets) or _binds_attribute(text, line))
    # a parameter holding an object the probe cannot build (a parsed tree, a client): its callers build it
    unbuildable = not isinstance(target, str) and any(p.kind == "other" and p.default is NO_DEFAULT
                                                      for p in target.params)
    if not any(p is not None for p in payloads) or stores or unbuildable:
        # a helper with no input of its own (a parser factory, a module-level parser): drive what uses it
        name = None if isinstance(target, str) else target.name.rsplit(".", 1)[-1]
        found = users(text, line, name)
        if isinstance(fam, Secrets):  # a signing key shows where the code signs: views that keep a session first
            found.sort(key=lambda n: -_uses_session(text, n))
        for line_in_user in found:
            user = find(text, line_in_user)
            if isinstance(user, str) or any(p.kind == "other" and p.default is NO_DEFAULT for p in user.params):
                continue
            up = Context(user, frozenset([*cwes, *function_cwes]), literals(text) + _test_literals(root, relpath),
                         secrets, text)
            up_calls, up_payloads = build(user, fam, up)
            if any(p is not None for p in up_payloads):
                target, ctx, calls, payloads = user, up, up_calls, up_payloads
                break
        else:
            if isinstance(target, str):
                return _none(candidates, fam.name, target)
            if not any(p is not None for p in payloads) and not isinstance(fam, Secrets):
                return _none(candidates, fam.name, "no input of the function, or of a function that uses it, can "
                                                   "carry a payload")
    assert ctx is not None and not isinstance(target, str)
    keys = list(candidates)
    plan: dict[str, Any] = {
        "relpath": relpath, "module": relpath[:-3].replace("/", ".") if relpath.endswith(".py") else "probed",
        "target": {"kind": target.kind, "name": target.name, "class": target.cls, "app": target.app,
                   "route": target.route},
        "rebase": list(target.rebase), "calls": calls, "discover": True, "preload": list(fam.preload),
        "sign_in": fam.sign_in,
        "env": configured(text, candidates.values()) if fam.configured else {},
        "sql_setup": fam.setup(ctx), "plant": fam.plant, "files": fam.files(ctx),
        "plant_options": [base64.b64encode(b).decode() for b in fam.plant_options(ctx)],
        "versions": [{"name": "original", "text": text}, *({"name": k, "text": candidates[k]} for k in keys)],
    }
    if isinstance(fam, Secrets) and ctx.secrets:
        # each candidate twice: with the secret supplied through the environment (benign runs must behave as the
        # original did), and with nothing set (the hostile runs: the literal must be gone from what it does)
        plan["versions"] = [plan["versions"][0], *(
            v for k in keys for v in ({"name": k, "text": candidates[k], "env": env_for(text, candidates[k],
                                                                                          ctx.secrets[0])},
                                      {"name": k, "text": candidates[k]}))]
    out = sandbox.run(plan, root, timeout)
    if not out.ok:
        return _none(candidates, fam.name, out.error, time.perf_counter() - start)
    versions = out.data["versions"]
    orig = versions[0]
    labels = tuple(sorted({p.label for p in payloads if p is not None}))
    if "load_error" in orig:
        err = orig["load_error"]
        return _none(candidates, fam.name, f"importing the module fails ({err['type']}: {err['message'][:80]})",
                     time.perf_counter() - start)
    lines = sink_lines if sink_lines and fam.local_sinks else {}
    shown = next((ev for obs, p in zip(orig["calls"], payloads) if p is not None
                  and (ev := fam.exploited(at(obs, lines.get("original")), p, ctx))), "")
    benign_pairs = [(o, o) for o, p in zip(orig["calls"], payloads) if p is None]
    if not shown and not fam.compared([o for o, _ in benign_pairs], [o for o, _ in benign_pairs]) and \
            all("raised" in o for o in orig["calls"]):
        err = orig["calls"][0]["raised"]
        return _none(candidates, fam.name, f"every call of {target.name} raises {err['type']} "
                                          f"({err['message'][:80]})", time.perf_counter() - start)
    if isinstance(fam, Secrets) and ctx.secrets:
        versions = [orig, *(_paired(versions[i], versions[i + 1], payloads) for i in range(1, len(versions), 2))]
    results = {k: judge(fam, ctx, target, orig["calls"], v, payloads, bool(shown), lines.get(k))
               for k, v in zip(keys, versions[1:])}
    if isinstance(fam, Deserialize):  # a format read on one side and still written on the other
        results = {k: Result("unshown", why) if r.status == "blocked" and (why := stale_writer(text, candidates[k]))
                   else r for k, r in results.items()}
    if isinstance(fam, Secrets):  # a variable the deployment does not know of yet is outside what a run shows
        results = {k: Result("unshown", why) if r.status == "blocked" and (why := unanchored(text, candidates[k]))
                   else r for k, r in results.items()}
    return Report(fam.name, shown, "", labels, results, time.perf_counter() - start)


def configured(text: str, candidates: Iterable[str]) -> dict[str, str]:
    """A value for every environment variable the original or a candidate reads by a literal name: what a deployment
    supplies (a signing key), the same for every version, so no run fails for want of it."""
    names = {name for t in (text, *candidates) for name in env_reads(t)}
    return {n: f"probe-{n.lower()}-0123456789abcdef0123456789abcdef" for n in sorted(names)}


def _paired(supplied: Mapping[str, Any], bare: Mapping[str, Any], payloads: Sequence[Hostile | None]) -> dict[str, Any]:
    """One version from a candidate's two runs: benign calls from the run with the secret supplied, hostile calls
    from the run without it."""
    for v in (supplied, bare):
        if "load_error" in v:
            return dict(v)
    calls = [b if p is not None else s for s, b, p in zip(supplied["calls"], bare["calls"], payloads)]
    return {"name": supplied["name"], "calls": calls}


def _uses_session(text: str, line: int) -> int:
    """How the function holding line uses a web framework's signed session: 2 when it writes it (only a
    changed session is signed), 1 when it reads it, 0 when not at all."""
    import ast

    fn = find(text, line)
    if isinstance(fn, str):
        return 0
    tree = ast.parse(textwrap.dedent("\n".join(text.splitlines()[fn.start - 1:fn.end])))
    writes = any(isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id == "session"
                 and isinstance(n.ctx, ast.Store) for n in ast.walk(tree)) or any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "login_user" for n in ast.walk(tree))
    reads = any(isinstance(n, ast.Name) and n.id == "session" for n in ast.walk(tree))
    return 2 if writes else 1 if reads else 0


def _binds_attribute(text: str, line: int) -> bool:
    """Whether the statement at line assigns to an attribute of self (`self.parser = XMLParser(...)`)."""
    import ast

    try:
        tree = ast.parse(text)
    except SyntaxError:
        return False
    def on_self(t: ast.expr) -> bool:  # `self.parser`, `self.session.verify`
        while isinstance(t, ast.Attribute):
            t = t.value
        return isinstance(t, ast.Name) and t.id == "self"

    return any(isinstance(n, ast.Assign) and n.lineno <= line <= (n.end_lineno or n.lineno) and any(
        isinstance(t, ast.Attribute) and on_self(t) for t in n.targets) for n in ast.walk(tree))


def _removed_literals(text: str, line: int, candidates: Mapping[str, str]) -> tuple[str, ...]:
    """The string literals (4 characters or more) of the statement at line that some candidate no longer has: the
    secret a finding points at."""
    import ast

    try:
        tree = ast.parse(text)
    except SyntaxError:
        return ()
    stmts = [n for n in ast.walk(tree) if isinstance(n, ast.stmt) and not isinstance(n, (
        ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.lineno <= line <= (n.end_lineno or n.lineno)]
    # a statement's literals; on a signature's line (a parameter's default), the literals of that line
    scope = min(stmts, key=lambda n: (n.end_lineno or n.lineno) - n.lineno) if stmts else tree
    found = [n.value for n in ast.walk(scope) if isinstance(n, ast.Constant) and isinstance(n.value, (str, bytes))
             and len(n.value) >= 4 and (stmts or n.lineno <= line <= (n.end_lineno or n.lineno))]
    return tuple(dict.fromkeys(v if isinstance(v, str) else v.decode("latin-1") for v in found if any(
        repr(v) not in c and repr(v).replace("'", '"') not in c for c in candidates.values())))


def _test_literals(root: Path | None, relpath: str) -> tuple[str, ...]:
    """String literals of the project's tests that import the module: inputs its authors chose."""
    if root is None:
        return ()
    from aiharden.projecttests import importers

    out: list[str] = []
    for rel in importers(root, relpath)[:5]:
        try:
            out += literals((root / rel).read_text(encoding="utf-8", errors="replace"))
        except OSError:
            continue
    return tuple(out)


def _none(candidates: Mapping[str, str], family: str | None, why: str, seconds: float = 0.0) -> Report:
    return Report(family, "", why, (), {k: Result("not_probed", why) for k in candidates}, seconds)


def at(obs: Obs, lines: frozenset[int] | None) -> Obs:
    """The observation with only the events that came from lines (events with no line of the module stay)."""
    if lines is None:
        return obs
    return {**obs, "events": [e for e in obs.get("events", ()) if e.get("line") is None or e["line"] in lines]}


def judge(fam: Family, ctx: Context, target: Target, orig: Sequence[Obs], version: Mapping[str, Any],
          payloads: Sequence[Hostile | None], shown: bool, lines: frozenset[int] | None = None) -> Result:
    if "load_error" in version:
        err = version["load_error"]
        return Result("changed", f"the module no longer imports ({err['type']}: {err['message'][:80]})")
    cand = version["calls"]
    for obs, p in zip(cand, payloads):
        if p is not None and (ev := fam.exploited(at(obs, lines), p, ctx)):
            return Result("exploitable", ev)
    benign = [i for i, p in enumerate(payloads) if p is None]
    if why := fam.differs([orig[i] for i in benign], [cand[i] for i in benign], ctx):
        return Result("changed", why)
    if why := refusal_differs([orig[i] for i in benign], [cand[i] for i in benign]):
        return Result("changed", why)
    if not fam.fails_without_config and (why := contract(target, orig, cand, payloads, fam.reached)):
        return Result("changed", why)
    if why := fam.caveat([orig[i] for i in benign], [cand[i] for i in benign], ctx):
        return Result("unshown", why)
    if shown and not any(fam.witnessed(c) for c, p in zip(cand, payloads) if p is not None):
        return Result("unshown", f"the payload no longer reaches {fam.sink} where the probe can see it")
    if not fam.compared([orig[i] for i in benign], [cand[i] for i in benign]):
        return Result("unshown", "the original fails on every benign input the probe could make, so benign "
                                 "behaviour could not be compared")
    return Result("blocked" if shown else "unshown", "" if shown else "no payload worked on the original")


_ANY_ERROR = frozenset({"Exception", "BaseException", "object"})
# what a call raises when the input is of the wrong kind or the code cannot run at all: not a refusal of the input
_MISUSE = frozenset({"TypeError", "AttributeError", "NameError", "ImportError", "NotImplementedError"})


def refusal_differs(orig: Sequence[Obs], cand: Sequence[Obs]) -> str:
    """A benign input the original refuses must be refused the same way: an exception of another kind (nothing in
    common but Exception) is what its callers do not catch, e.g. a file opened by a name that holds the document.
    A conventional refusal (ValueError, PermissionError, an HTTP error) in place of a database's or parser's error
    is a validation the repair added; an original that raises TypeError or NameError was not refusing the input."""
    for o, c in zip(orig, cand):
        if "raised" in o and "raised" in c and o["raised"]["type"] != c["raised"]["type"] and \
                not set(o["raised"]["mro"]) & _MISUSE and not set(c["raised"]["mro"]) & REFUSALS and \
                not set(o["raised"]["mro"]) & set(c["raised"]["mro"]) - _ANY_ERROR:
            return f"raises {c['raised']['type']} ({c['raised']['message'][:60]}) on benign input where the " \
                   f"original raised {o['raised']['type']}"
    return ""


def contract(target: Target, orig: Sequence[Obs], cand: Sequence[Obs], payloads: Sequence[Hostile | None],
             reached: Sequence[str] = ()) -> str:
    """On hostile input the candidate must fail the way the function fails: its own error value when it has one,
    a 4xx answer in a web view, never a new kind of exception escaping (one the module catches somewhere is the
    way its callers expect it to fail). An original that answered 5xx only after reaching the sink (the sandbox
    refuses every connection) says nothing of how the view refuses."""
    raised_anywhere = {name for o in orig if "raised" in o for name in o["raised"]["mro"]}
    for o, c, p in zip(orig, cand, payloads):
        if p is None:
            continue
        rc = c.get("returned")
        ro = o.get("returned")
        sandboxed = any(e.get("kind") in reached for e in o.get("events", ()))
        # an exception escaping a view is a 500; a view's own answer to a failed fetch may be another 5xx
        status = rc.get("status") if isinstance(rc, dict) else None
        escaped = sandboxed and status == 500
        if isinstance(status, int) and (escaped or status >= 500 and not (
                isinstance(ro, dict) and isinstance(ro.get("status"), int) and ro["status"] >= 500)):
            return f"answers {status} on {p.label!r} (an exception escapes the view) where a refusal is a 4xx"
        if "raised" not in c or "raised" in o:
            continue
        err = c["raised"]
        if target.error_values:
            return f"raises {err['type']} on {p.label!r} where the function's own error handling returns " \
                   f"{target.error_values[0]!r}"
        if not (set(err["mro"]) & (raised_anywhere | set(target.raises) | set(target.handled) | REFUSALS)):
            return f"raises {err['type']} on {p.label!r}, an exception the function never raised ({outcome(o)})"
    return ""
