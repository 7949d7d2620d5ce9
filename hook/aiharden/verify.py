"""Re-verify every repair candidate: it parses, removes its finding, deletes nothing it should keep, and
introduces no finding the original did not have. All candidates of a run are re-scanned in ONE scan call."""
from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Callable

from aiharden.repair.candidates import MAX_CANDIDATE_CHARS
from aiharden.repair.candidates import SOURCES
from aiharden.repair.candidates import Candidate
from aiharden.repair.edits import Edit
from aiharden.scan import scan_texts
from aiharden.scan.findings import Finding
from aiharden.util import lines_with_ends
from aiharden.util import split_lines


@dataclass(frozen=True)
class Verdict:
    candidate: Candidate
    accepted: bool
    reason: str  # why it was rejected; "" when accepted
    parses: bool = False
    target_fixed: bool = False
    fixes_cwe: tuple[int, ...] = ()
    introduces_cwe: tuple[int, ...] = ()
    introduced: tuple[Finding, ...] = ()
    tests_ok: bool | None = None
    left_in_region: int = 0  # other findings still on the lines the candidate rewrote


@dataclass(frozen=True)
class Repair:
    finding: int
    status: str  # fixed, unrepaired (no candidate at all) or rejected (every candidate failed verification)
    chosen: Verdict | None
    verdicts: tuple[Verdict, ...]
    reason: str


def _line_map(edits: Sequence[Edit]) -> Callable[[int], int | None]:
    """New line number → original line number; None for lines an edit wrote."""
    spans = []  # (first new line, last new line, total shift after this edit)
    delta = 0
    for e in sorted(edits, key=lambda e: e.start_line):
        n_new = len(split_lines(e.text))
        new_start = e.start_line + delta
        delta += n_new - (e.end_line - e.start_line + 1)
        spans.append((new_start, new_start + n_new - 1, delta))

    def to_original(line: int) -> int | None:
        shift = 0
        for new_start, new_end, after in spans:
            if line < new_start:
                break
            if line <= new_end:
                return None
            shift = after
        return line - shift

    return to_original


def _edited_lines(edits: Sequence[Edit]) -> set[int]:
    return {n for e in edits for n in range(e.start_line, e.end_line + 1)}


def _deletion(original: str, edit: Edit, lines: Sequence[str]) -> str:
    """Why this edit removes what the statement did instead of fixing it; "" when it does not."""
    new = edit.text.strip()
    if not new or all(ln.strip().startswith("#") or ln.strip() == "pass" for ln in split_lines(new)):
        return "deletes the flagged statement"
    old = "".join(lines[edit.start_line - 1 : edit.end_line])
    try:
        old_tree = ast.parse(_dedent(old))
        new_tree = ast.parse(_dedent(edit.text))
    except SyntaxError:
        return ""
    if _principal_call(old_tree) and not any(isinstance(n, ast.Call) for n in ast.walk(new_tree)):
        return "drops the statement's call"
    old_targets, new_targets = _targets(old_tree), _targets(new_tree)
    if not old_targets <= new_targets:
        return f"drops the assignment to {', '.join(sorted(old_targets - new_targets))}"
    if isinstance(old_tree.body[-1:] and old_tree.body[-1], ast.Return) and not any(
            isinstance(n, ast.Return) for n in ast.walk(new_tree)):
        return "drops the return"
    return _dropped_accessor(old_tree, new_tree)


def _lost(c: Candidate, edit: Edit, lines: Sequence[str]) -> str:
    """What a model's rewrite lost that the statement used: a local value it read (`password` gone from a
    hash of salt + password) or what it read from a call's result (`.hexdigest()` gone). A codemod changes
    these on purpose (a module swapped, an exception's text replaced); the model's output is only a guess."""
    if c.source != "model":
        return ""
    try:
        old_tree = ast.parse(_dedent("".join(lines[edit.start_line - 1 : edit.end_line])))
        new_tree = ast.parse(_dedent(edit.text))
    except SyntaxError:
        return ""
    modules = {a.asname or a.name.split(".")[0] for a in _imports(lines)}

    def values(tree: ast.AST) -> set[str]:
        return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}

    def reads(tree: ast.AST) -> set[str]:
        return {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Call)}

    if dropped := sorted(values(old_tree) - values(new_tree) - modules):
        return f"drops the value {dropped[0]}"
    if dropped := sorted(reads(old_tree) - reads(new_tree)):
        return f"drops .{dropped[0]} of a call's result"
    return ""


def _imports(lines: Sequence[str]) -> list[ast.alias]:
    try:
        tree = ast.parse("".join(lines))
    except SyntaxError:
        return []
    return [a for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)) for a in n.names]


def _targets(tree: ast.AST) -> set[str]:
    """Names the statement binds; a comprehension's own loop variable is not one."""
    loops = {id(n) for c in ast.walk(tree) if isinstance(c, ast.comprehension) for n in ast.walk(c.target)}
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
            and id(n) not in loops}


def _principal_call(tree: ast.Module) -> bool:
    """The statement does its work through a call (`run(...)`, `x = f(...)`, `return g(...).y`, `with open(...)`),
    as opposed to building a value that merely contains one (a dict with a formatted message in it)."""
    for stmt in tree.body:
        value = getattr(stmt, "value", None)
        nodes = [value] if isinstance(value, ast.expr) else []
        if isinstance(stmt, (ast.With, ast.AsyncWith)):
            nodes = [item.context_expr for item in stmt.items]
        for node in nodes:
            while isinstance(node, (ast.Attribute, ast.Subscript, ast.Await)):
                node = node.value
            if isinstance(node, ast.Call):
                return True
    return False


def _dropped_accessor(old_tree: ast.AST, new_tree: ast.AST) -> str:
    """`get(url).content` rewritten as `get(url, ...)`: the call is kept but what the code read from its
    result is gone, so the statement no longer computes the same thing."""
    def accessors(tree: ast.AST) -> set[tuple[str, str]]:
        return {(ast.unparse(n.value.func), n.attr) for n in ast.walk(tree)
                if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Call)}

    calls = {ast.unparse(n.func) for n in ast.walk(new_tree) if isinstance(n, ast.Call)}
    kept = accessors(new_tree)
    for func, attr in sorted(accessors(old_tree)):
        if func in calls and (func, attr) not in kept:
            return f"drops .{attr} after {func}(...)"
    return ""


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text)


_DIFF_HEADER = ("--- ", "+++ ", "@@ ", "diff --git")
_PATH_LITERAL = re.compile(r"""(?P<q>['"])(?P<path>(?:/|~/|\.\./)[^'"\n]*)(?P=q)""")


_STRING = re.compile(r"""(?P<q>['"])(?P<text>(?:(?!(?P=q))[^\\\n])*)(?P=q)""")
# Literals a fix may bring that the code did not have: placeholders, algorithm names, modes, encodings.
_FIX_WORDS = frozenset({"", "?", "%s", "sha256", "sha512", "data", "internal", "utf-8", "r", "rb", "w", "wb", "x"})


def _invented(c: Candidate, original: str) -> str:
    """A model's string literal found nowhere in the file is made up (an environment variable it guessed,
    a host, a path): verification cannot tell whether it is right, so it is not offered."""
    if c.source != "model":
        return ""
    for e in c.edits:
        for m in _STRING.finditer(e.text):
            if m["text"] not in _FIX_WORDS and m["text"] not in original:
                return f"invents the literal {m[0][:40]}"
    return ""


def _undefined(new_text: str, edits: Sequence[Edit]) -> str:
    """A name the rewritten lines use that nothing in the file binds (a call to `ast` without `import ast`)."""
    import builtins

    tree = ast.parse(new_text)
    bound = set(dir(builtins)) | {"__file__", "__name__", "__doc__", "__builtins__", "__spec__"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            bound.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            bound.update(node.names)
        elif isinstance(node, ast.MatchAs) and node.name:
            bound.add(node.name)
    if any(isinstance(n, ast.ImportFrom) and any(a.name == "*" for a in n.names) for n in ast.walk(tree)):
        return ""  # a star import can bind anything
    written: set[int] = set()
    delta = 0
    for e in sorted(edits, key=lambda e: e.start_line):
        n_new = len(split_lines(e.text))
        written.update(range(e.start_line + delta, e.start_line + delta + n_new))
        delta += n_new - (e.end_line - e.start_line + 1)
    for node in ast.walk(tree):
        if (isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.lineno in written
                and node.id not in bound):
            return f"uses an undefined name {node.id}"
    return ""


def _untrusted(c: Candidate, original: str) -> str:
    """Text no repair of ours would contain: model output is data, and this one is not a statement fix."""
    for e in c.edits:
        if "\0" in e.text:
            return "contains a NUL byte"
        if len(e.text) > MAX_CANDIDATE_CHARS:
            return f"longer than {MAX_CANDIDATE_CHARS} characters"
        if any(line.lstrip().startswith(_DIFF_HEADER) for line in split_lines(e.text)):
            return "contains a path"
        if any(not _from_original(m["path"], original) for m in _PATH_LITERAL.finditer(e.text)):
            return "contains a path"
    return ""


def _from_original(path: str, original: str) -> bool:
    """Every literal piece of path (an f-string's `{...}` parts aside) is text the file already had."""
    return all(piece in original for piece in re.split(r"\{[^{}]*\}", path) if piece)


def _same(a: Finding, b: Finding) -> bool:
    return a.rule_id == b.rule_id and a.cwe == b.cwe


def verify(
    findings: Sequence[Finding],
    all_findings: Mapping[str, Sequence[Finding]],
    texts: Mapping[str, str],
    candidates: Sequence[Candidate],
    *,
    bandit_skip: Sequence[str],
    timeout: float,
    run_tests: Callable[[str, str], tuple[bool | None, str]] | None = None,
) -> list[Verdict]:
    """One verdict per candidate. all_findings: every finding of each original file (not only changed lines)."""
    verdicts: dict[int, Verdict] = {}
    scan_in: dict[str, str] = {}
    new_texts: dict[int, str] = {}
    for k, c in enumerate(candidates):
        f = findings[c.finding]
        text = texts[f.path]
        if reason := _untrusted(c, text) or _invented(c, text):
            verdicts[k] = Verdict(c, False, reason)
            continue
        try:
            new = c.apply(text)
            ast.parse(new)
        except (ValueError, SyntaxError):
            verdicts[k] = Verdict(c, False, "does not parse")
            continue
        if reason := _undefined(new, c.edits):
            verdicts[k] = Verdict(c, False, reason, parses=True)
            continue
        lines = lines_with_ends(text)
        main = [e for e in c.edits if e.start_line <= f.region.start_line <= e.end_line]
        if not main and c.source != "codemod":  # a codemod may fix the flagged value where it is defined
            verdicts[k] = Verdict(c, False, "does not touch the flagged line", parses=True)
            continue
        replacing = main or [e for e in c.edits if e.end_line >= e.start_line]
        if reason := next((r for e in replacing if (r := _deletion(text, e, lines) or _lost(c, e, lines))), ""):
            verdicts[k] = Verdict(c, False, reason, parses=True)
            continue
        new_texts[k] = new
        scan_in[f"c{k}/{f.path}"] = new
    rescan = scan_texts(scan_in, bandit_skip=bandit_skip, timeout=timeout) if scan_in else None
    if rescan is not None and rescan.incomplete:  # what semgrep never looked at is not verified
        for k in new_texts:
            verdicts[k] = Verdict(candidates[k], False, "re-scan incomplete (semgrep timed out)", parses=True)
        new_texts = {}
    by_file: dict[str, list[Finding]] = {}
    for g in rescan.findings if rescan else ():
        by_file.setdefault(g.path, []).append(g)
    for k, new in new_texts.items():
        c = candidates[k]
        f = findings[c.finding]
        original = list(all_findings.get(f.path, ()))
        to_original = _line_map(c.edits)
        edited = _edited_lines(c.edits)
        target = {j for j, o in enumerate(original) if _same(o, f) and o.region.start_line == f.region.start_line}
        remaining, introduced, target_left = [], [], []
        matched: set[int] = set()
        for g in by_file.get(f"c{k}/{f.path}", []):
            line = to_original(g.region.start_line)
            hits = {j for j, o in enumerate(original) if _same(o, g) and (
                (line is None and o.region.start_line in edited) or line == o.region.start_line)}
            if hits:
                matched.update(hits)
                remaining.append(g)
            else:
                introduced.append(g)
            # the target itself, or a finding of its kind on the rewritten lines that the original did not have
            # (the weakness moved); another weakness that was already there is not the target
            near = line in (None, f.region.start_line) and (g.rule_id == f.rule_id or bool(set(g.cwe) & set(f.cwe)))
            if hits & target if hits and target else near:
                target_left.append(g)
        fixed_cwes = tuple(sorted({c2 for j, o in enumerate(original) if j not in matched for c2 in o.cwe}))
        introduced = [g for g in introduced if g not in target_left]
        intro_cwes = tuple(sorted({c2 for g in introduced for c2 in g.cwe}))
        target_fixed = not target_left
        if not target_fixed:
            reason = "finding remains"
        elif introduced:
            reason = "introduces " + ", ".join(f"CWE-{c2}" for c2 in intro_cwes)
        else:
            reason = ""
        left = sum(1 for g in remaining if to_original(g.region.start_line) is None)
        verdicts[k] = Verdict(c, not reason, reason, True, target_fixed, fixed_cwes, intro_cwes, tuple(introduced),
                              left_in_region=left)
    if run_tests is not None:
        for k, v in list(verdicts.items()):
            if v.accepted:
                ok, why = run_tests(findings[v.candidate.finding].path, new_texts[k])
                if ok is False:
                    verdicts[k] = Verdict(v.candidate, False, why or "project tests fail", v.parses, v.target_fixed,
                                          v.fixes_cwe, v.introduces_cwe, v.introduced, False)
                else:
                    verdicts[k] = dataclasses.replace(v, tests_ok=ok)
    return [verdicts[k] for k in range(len(candidates))]


def choose(n_findings: int, verdicts: Sequence[Verdict]) -> list[Repair]:
    """Per finding: the verified candidate that leaves its lines cleanest, then a mechanical one before the model's,
    then the smallest: a repair that also clears a second weakness of the same statement beats a bare swap, and
    a codemod or rule fix, whose meaning is known, beats a model's guess that happens to clear the same finding."""
    repairs = []
    for i in range(n_findings):
        mine = [v for v in verdicts if v.candidate.finding == i]
        ok = sorted((v for v in mine if v.accepted), key=lambda v: (
            v.left_in_region, v.candidate.source == "model", v.candidate.size(), SOURCES.index(v.candidate.source)))
        if ok:
            repairs.append(Repair(i, "fixed", ok[0], tuple(mine), ""))
        elif mine:
            reasons = sorted({v.reason for v in mine})
            repairs.append(Repair(i, "rejected", None, tuple(mine), "; ".join(reasons)))
        else:
            repairs.append(Repair(i, "unrepaired", None, (), "no repair candidate for this pattern"))
    return repairs
