"""The static gate's first rungs, one candidate at a time and before any scan: text no repair of ours would
contain, literals a model made up, a rewrite that does not parse, uses a name nothing binds, misses the flagged
line, deletes what the statement did or loses a value it read."""
from __future__ import annotations

import ast
import builtins
import dataclasses
import re
import sys
from collections.abc import Sequence

from aiharden.languages import JAVASCRIPT
from aiharden.languages import of_scanned
from aiharden.repair.candidates import MAX_CANDIDATE_CHARS
from aiharden.repair.candidates import Candidate
from aiharden.repair.edits import Edit
from aiharden.scan.findings import Finding
from aiharden.util import lines_with_ends
from aiharden.util import split_lines
from aiharden.verify import jsgate
from aiharden.verify import records as r


def _deletion(original: str, edit: Edit, lines: Sequence[str], unread: frozenset[str] = frozenset()) -> str:
    """Why this edit removes what the statement did instead of fixing it; "" when it does not. Names in unread
    are ones the rewritten file no longer reads (a constant a codemod turned into a function)."""
    new = edit.text.strip()
    if not new or all(ln.strip().startswith("#") or ln.strip() == "pass" for ln in split_lines(new)):
        return "the rewrite deletes the flagged statement instead of fixing it"
    old = "".join(lines[edit.start_line - 1 : edit.end_line])
    try:
        old_tree = ast.parse(_dedent(old))
        new_tree = ast.parse(_dedent(edit.text))
    except SyntaxError:
        return ""
    if _principal_call(old_tree) and not any(isinstance(n, ast.Call) for n in ast.walk(new_tree)):
        return "the rewrite drops the call the statement made"
    old_targets, new_targets = _targets(old_tree), _targets(new_tree)
    if gone := old_targets - new_targets - unread:
        return f"the rewrite no longer assigns {', '.join(sorted(gone))}"
    if isinstance(old_tree.body[-1:] and old_tree.body[-1], ast.Return) and not any(
            isinstance(n, ast.Return) for n in ast.walk(new_tree)):
        return "the rewrite drops the statement's return"
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

    def callees(tree: ast.AST) -> set[str]:
        return {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}

    def passed_around(tree: ast.AST) -> set[str]:
        """Names read as values, not called: `os.path.join(_store, name)`."""
        called = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
        return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
                and id(n) not in called}

    if dropped := sorted(callees(old_tree) - callees(new_tree) - modules - set(dir(builtins))):
        return f"the rewrite no longer calls {dropped[0]}, which the statement called"
    # a function or class the statement called, handed around as a value instead (a path made of a class)
    if misused := sorted((callees(old_tree) - callees(new_tree)) & passed_around(new_tree)):
        return f"the rewrite no longer calls {misused[0]}, which the statement called, and uses it as a value"
    if dropped := sorted(values(old_tree) - values(new_tree) - modules - set(dir(builtins))):
        return f"the rewrite no longer uses the value {dropped[0]} that the statement read"
    if dropped := sorted(reads(old_tree) - reads(new_tree)):
        return f"the rewrite no longer reads .{dropped[0]} from a call's result"
    return _changed_keyword(old_tree, new_tree)


# keyword arguments that are the weakness itself: a fix removes or changes them on purpose
_WEAKNESS_KEYWORDS = frozenset({"shell", "verify", "debug", "autoescape", "resolve_entities", "options", "algorithms",
                                "Loader", "loader", "cert_reqs", "check_hostname", "mode", "filter", "timeout",
                                "usedforsecurity", "key_size", "secure", "httponly", "samesite"})


def _changed_keyword(old_tree: ast.AST, new_tree: ast.AST) -> str:
    """A keyword argument the statement passed that the rewrite drops, or whose literal text it changes
    (`prefix="sales-"` gone, `suffix=".csv"` become "csv"): the call no longer does what it did."""
    def keywords(tree: ast.AST) -> dict[str, ast.expr]:
        return {k.arg: k.value for n in ast.walk(tree) if isinstance(n, ast.Call) for k in n.keywords
                if k.arg and k.arg not in _WEAKNESS_KEYWORDS}

    old, new = keywords(old_tree), keywords(new_tree)
    for name, value in old.items():
        if name not in new:
            return f"the rewrite drops the argument {name}= that the statement passed"
        if isinstance(value, ast.Constant) and isinstance(value.value, str) and (
                not isinstance(new[name], ast.Constant) or new[name].value != value.value):  # type: ignore[attr-defined]
            return f"the rewrite changes the argument {name}={value.value!r}"
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
            return f"the rewrite no longer reads .{attr} from the result of {func}(...)"
    return ""


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text)


_DIFF_HEADER = ("--- ", "+++ ", "@@ ", "diff --git")
_PATH_LITERAL = re.compile(r"""(?P<q>['"])(?P<path>(?:/|~/|\.\./)[^'"\n]*)(?P=q)""")


_STRING = re.compile(r"""(?P<q>['"])(?P<text>(?:(?!(?P=q))[^\\\n])*)(?P=q)""")
# Literals a fix may bring that the code did not have: placeholders, algorithm names, modes, encodings.
_FIX_WORDS = frozenset({"", "?", "%s", "sha256", "sha512", "data", "internal", "utf-8", "r", "rb", "w", "wb", "x"})
_WORD = re.compile(r"\w+")


def _invented(c: Candidate, original: str) -> str:
    """A model's string literal found nowhere in the file is made up (an environment variable it guessed,
    a host, a path): verification cannot tell whether it is right, so it is not offered."""
    if c.source != "model":
        return ""
    words = set(_WORD.findall(original)) | _FIX_WORDS
    for e in c.edits:
        for m in _STRING.finditer(e.text):
            # a literal assembled from the file's own words is a rearrangement (the statement of an f-string with a
            # placeholder where the value was, a command's words as an argument list); a new word is a guess
            if m["text"] not in _FIX_WORDS and m["text"] not in original and not set(_WORD.findall(m["text"])) <= words:
                return f"the rewrite brings the literal {m[0][:40]}, found nowhere in the file (a guess)"
    return ""


def with_imports(c: Candidate, original: str) -> Candidate:
    """c, plus `import x` for each standard-library module its rewrite uses as `x.name` without the file importing
    it (a rewrite that calls shlex.split in a file without `import shlex`): the gate adds what any reviewer would."""
    try:
        new = c.apply(original)
        tree = ast.parse(new)
    except (ValueError, SyntaxError):
        return c
    written = _written_lines(c.edits)
    missing = sorted({n.value.id for n in ast.walk(tree)
                      if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
                      and isinstance(n.value.ctx, ast.Load) and n.value.id in sys.stdlib_module_names
                      and n.value.lineno in written} - _bound_names(tree))
    if not missing:
        return c
    at = _import_line(original)
    if any(e.start_line < at or (e.start_line == at and e.end_line == at - 1) for e in c.edits):
        return c  # the rewrite is in the imports themselves: an import added there could come after its use
    nl = "\r\n" if "\r\n" in original else "\n"
    added = Edit(at, at - 1, "".join(f"import {m}{nl}" for m in missing))
    return dataclasses.replace(c, edits=tuple(sorted((*c.edits, added), key=lambda e: (e.start_line, e.end_line))))


def _import_line(text: str) -> int:
    """The line a new import goes before: after the docstring and the leading imports."""
    tree = ast.parse(text)
    at = 1
    for i, node in enumerate(tree.body):
        is_doc = i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        if not (is_doc or isinstance(node, (ast.Import, ast.ImportFrom))):
            break
        at = (node.end_lineno or node.lineno) + 1
    return at


def _written_lines(edits: Sequence[Edit]) -> set[int]:
    """Lines of the new text that the edits wrote."""
    written: set[int] = set()
    delta = 0
    for e in sorted(edits, key=lambda e: e.start_line):
        n_new = len(split_lines(e.text))
        written.update(range(e.start_line + delta, e.start_line + delta + n_new))
        delta += n_new - (e.end_line - e.start_line + 1)
    return written


def _bound_names(tree: ast.AST) -> set[str]:
    """Every name the module binds anywhere, the builtins included."""
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
    return bound


def _undefined(new_text: str, edits: Sequence[Edit]) -> str:
    """A name the rewritten lines use that nothing in the file binds (a call to `ast` without `import ast`)."""
    tree = ast.parse(new_text)
    bound = _bound_names(tree)
    if any(isinstance(n, ast.ImportFrom) and any(a.name == "*" for a in n.names) for n in ast.walk(tree)):
        return ""  # a star import can bind anything
    written = _written_lines(edits)
    for node in ast.walk(tree):
        if (isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.lineno in written
                and node.id not in bound):
            return f"the rewrite uses {node.id}, which nothing in the file imports or defines"
    return ""


def _unimported(old: str, new: str) -> str:
    """An import the rewrite removed whose name the file still uses."""
    def imported(tree: ast.AST) -> set[str]:
        return {(a.asname or a.name).split(".")[0] for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))
                for a in n.names}

    new_tree = ast.parse(new)
    gone = imported(ast.parse(old)) - _bound_names(new_tree)
    used = {n.id for n in ast.walk(new_tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    if names := sorted(gone & used):
        return f"the rewrite removes the import of {names[0]}, which the file still uses"
    return ""


def _unread(old: str, new: str) -> set[str]:
    """Names the old file read and the new one neither reads nor exports by name."""
    def loads(text: str) -> set[str]:
        tree = ast.parse(text)
        return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)} | {
            e.value for n in ast.walk(tree) if isinstance(n, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)
            for e in ast.walk(n.value) if isinstance(e, ast.Constant) and isinstance(e.value, str)}

    return loads(old) - loads(new)


def _untrusted(c: Candidate, original: str) -> str:
    """Text no repair of ours would contain: model output is data, and this one is not a statement fix."""
    for e in c.edits:
        if "\0" in e.text:
            return "the rewrite contains a NUL byte"
        if len(e.text) > MAX_CANDIDATE_CHARS:
            return f"the rewrite is longer than {MAX_CANDIDATE_CHARS} characters"
        if any(line.lstrip().startswith(_DIFF_HEADER) for line in split_lines(e.text)):
            return "the rewrite contains a diff header"
        if any(not _from_original(m["path"], original) for m in _PATH_LITERAL.finditer(e.text)):
            return "the rewrite brings a file path that the file does not have"
    return ""


def _from_original(path: str, original: str) -> bool:
    """Every literal piece of path (an f-string's `{...}` parts and XPath `$variables` aside) is text the file
    already had."""
    return all(piece in original for piece in re.split(r"\{[^{}]*\}|\$[A-Za-z_]\w*", path) if piece)




def check(c: Candidate, f: Finding, text: str) -> tuple[str, str, str]:
    """(code, message, new text): code "" when the candidate goes on to the re-scan."""
    if of_scanned(f.path) == JAVASCRIPT:
        return jsgate.check(c, f, text, _untrusted(c, text))
    if reason := _untrusted(c, text):
        return r.UNTRUSTED, reason, ""
    if reason := _invented(c, text):
        return r.INVENTED, reason, ""
    try:
        new = c.apply(text)
        ast.parse(new)
    except (ValueError, SyntaxError):
        return r.UNPARSABLE, "the rewrite does not parse", ""
    if reason := _undefined(new, c.edits) or _unimported(text, new):
        return r.UNDEFINED, reason, new
    lines = lines_with_ends(text)
    main = [e for e in c.edits if e.start_line <= f.region.start_line <= e.end_line]
    if not main and c.source != "codemod":  # a codemod may fix the flagged value where it is defined
        return r.OFF_TARGET, "the rewrite does not touch the flagged line", new
    replacing = main or [e for e in c.edits if e.end_line >= e.start_line]
    unread = frozenset(_unread(text, new)) if c.source == "codemod" else frozenset()
    for e in replacing:
        if reason := _deletion(text, e, lines, unread):
            return r.DELETES, reason, new
        if reason := _lost(c, e, lines):
            return r.LOSES_VALUE, reason, new
    return "", "", new
