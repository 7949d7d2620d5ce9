"""Mechanical repairs of JavaScript and TypeScript on the syntax tree (tree-sitter): the finding's code rewritten by
byte span, formatting kept. Like the Python codemods, a family only proposes, for the shapes it knows; the verify
stage decides. The rule id (or, failing that, the CWE) picks the families and the code picks the fix."""
from __future__ import annotations

import logging
from collections.abc import Callable
from collections.abc import Sequence
from typing import TYPE_CHECKING

from aiharden.repair import registry
from aiharden.repair.codemods import CodemodFix
from aiharden.repair.registry import Family

if TYPE_CHECKING:
    from aiharden.repair.js.tree import Draft
    from aiharden.repair.js.tree import Source

log = logging.getLogger(__name__)

FAMILIES = (  # one entry a family: name, module, function, the CWEs it repairs
    Family("eval", "code", "propose", (95,)),
    Family("function", "expression", "propose", (94,)),
    Family("sql", "sql", "propose", (89,)),
    Family("command", "command", "propose", (78,)),
    Family("path", "paths", "propose", (22,)),
    Family("html", "web", "propose_html", (79,)),
    Family("dom", "web", "propose_dom", (79,)),
    Family("random", "crypto", "propose_random", (338, 330)),
    Family("password", "crypto", "propose_password", (916, 328)),
    Family("secret", "secrets", "propose", (798, 259, 321)),
    Family("redirect", "web", "propose_redirect", (601,)),
    Family("ssrf", "ssrf", "propose", (918,)),
    Family("merge", "web", "propose_merge", (1321,)),
    Family("jwt", "web", "propose_jwt", (347,)),
    Family("tls", "web", "propose_tls", (295,)),
    Family("cookie", "web", "propose_cookie", (614, 1004)),
    Family("error", "web", "propose_error", (209,)),
    Family("log", "web", "propose_log", (117,)),
    Family("regex", "regex", "propose", (1333,)),
    Family("regex-input", "web", "propose_regex_input", (1333,)),
)


def _families() -> dict[str, Callable[[Source, int, int], list[tuple[str, Draft]]]]:
    return registry.functions("aiharden.repair.js", FAMILIES)


def families_for(rule_id: str, cwe: Sequence[int]) -> tuple[str, ...]:
    return registry.families_for(FAMILIES, rule_id, cwe)


def propose(text: str, path: str, rule_id: str, cwe: Sequence[int], start: int, end: int) -> list[CodemodFix]:
    """Candidate rewrites of the finding at lines start..end of a JavaScript or TypeScript file."""
    from aiharden.repair.js.tree import Source
    from aiharden.repair.js.tree import broken

    src = Source(text, path)
    if broken(src.tree) is not None:
        return []
    table = _families()
    out = []
    for fam in families_for(rule_id, cwe):
        try:
            drafts = table[fam](src, start, end)
        except Exception:  # noqa: BLE001 - a bug of the family: logged and counted (raised under tests), never the run
            from aiharden.repair.failures import codemod_failed

            codemod_failed(f"js-{fam}", f"{path}:{start}")
            continue
        for name, d in drafts:
            try:
                out.append(CodemodFix(name, d.edits()))
            except ValueError as e:
                log.warning("js codemod %s made overlapping edits on %s:%d: %s", name, path, start, e)
    return out
