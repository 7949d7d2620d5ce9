"""Mechanical repairs on the syntax tree (libcst): the finding's statement rewritten, formatting kept.

A codemod only proposes; the verify stage decides. Each family returns drafts for the code shapes it
knows and nothing for the rest, so a rule id or CWE picks the families and the code picks the fix.
"""
from __future__ import annotations

import ast
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiharden.repair import registry
from aiharden.repair.edits import Edit
from aiharden.repair.edits import apply_edits
from aiharden.repair.failures import codemod_failed
from aiharden.repair.registry import Family

if TYPE_CHECKING:
    from aiharden.repair.codemods.context import Context
    from aiharden.repair.codemods.context import Draft


@dataclass(frozen=True)
class CodemodFix:
    name: str  # e.g. "sql-parameterize", "shell-to-argv", "yaml-safe-load"
    edits: tuple[Edit, ...]  # the flagged statement's lines, plus at most one inserted import line


FAMILIES = (  # one entry a family: name, module, function, the CWEs it repairs
    Family("sql", "sql", "propose", (89,)),
    Family("shell", "shell", "propose", (78,)),
    Family("yaml", "swaps", "yaml_load", (502,)),
    Family("pickle", "swaps", "pickle_loads", (502,)),
    Family("eval", "swaps", "eval_call", (95,)),
    Family("arithmetic", "swaps", "eval_arithmetic", (95,)),
    Family("exec", "swaps", "exec_settings", (94,)),
    Family("hash", "swaps", "weak_hash", (327, 328, 916)),
    Family("password", "passwords", "password_kdf", (328, 916, 759, 760)),
    Family("random", "swaps", "random_token", (330, 338)),
    Family("verify", "keywords", "verify", (295,)),
    Family("ssl", "swaps", "ssl_context", (295,)),
    Family("mktemp", "swaps", "mktemp", (377,)),
    Family("chmod", "swaps", "chmod", (732,)),
    Family("private-file", "swaps", "private_file"),
    Family("jinja2", "keywords", "jinja2_autoescape", (79,)),
    Family("markup", "web", "markup_escape", (79,)),
    Family("html", "htmlescape", "html_escape"),
    Family("flask-debug", "keywords", "flask_debug", (489, 215)),
    Family("tarfile", "keywords", "tarfile_filter", (22,)),
    Family("open-path", "paths", "open_user_path", (22,)),
    Family("prefix", "paths", "prefix_check"),
    Family("timeout", "keywords", "requests_timeout", (400,)),
    Family("secret", "hardcoded", "propose", (259, 798, 321)),
    Family("log", "web", "log_injection", (117,)),
    Family("traceback", "web", "traceback_exposed", (209, 497)),
    Family("xxe", "keywords", "xml_entities", (611,)),
    Family("key-size", "keywords", "key_size", (326,)),
    Family("cipher", "ciphers", "aead", (327, 329, 1204)),
    Family("jwt", "session", "jwt_verify", (347,)),
    Family("xpath", "xpath", "xpath_variables", (643,)),
    Family("cookie", "session", "cookie_flags", (614, 1004)),
    Family("csrf", "session", "csrf_protect", (352,)),
    Family("compare", "session", "constant_time", (208,)),
    Family("header", "headers", "header_line_breaks", (113,)),
    Family("host-suffix", "headers", "host_suffix"),
    Family("host-list", "headers", "host_list"),
    Family("body-limit", "web", "body_limit", (400, 770)),
    Family("ssrf", "ssrf", "public_url_check", (918,)),
    Family("regex", "regexes", "propose", (1333,)),
    Family("regex-input", "regexes", "escape_input"),
    Family("redirect", "redirects", "open_redirect", (601,)),
)


def families_for(rule_id: str, cwe: Sequence[int]) -> tuple[str, ...]:
    return registry.families_for(FAMILIES, rule_id, cwe)


def _families() -> dict[str, Callable[[Context], list[Draft]]]:
    return registry.functions("aiharden.repair.codemods", FAMILIES)


def vetoed(rule_id: str, source: str) -> bool:
    """The file's code shows that the mechanical fix of this rule would change what it does (autoescape turned on
    where the file renders HTML it builds): no fix of the rule's own is offered either."""
    from aiharden.repair.codemods import keywords

    vetoes: dict[str, Callable[[str], bool]] = {"jinja2-autoescape-false": keywords.renders_built_html}
    check = vetoes.get(rule_id.rsplit(".", 1)[-1])
    try:
        return bool(check and check(source))
    except SyntaxError:
        return False


def propose(
    source: str,
    rule_id: str,
    cwe: Sequence[int],
    start_line: int,
    end_line: int,
    paramstyle: str | None = None,
) -> list[CodemodFix]:
    """Candidate mechanical fixes for a finding at start_line..end_line (1-based); [] when none applies."""
    from aiharden.repair.codemods.context import Context

    names = families_for(rule_id.rsplit(".", 1)[-1], cwe)
    if not names or start_line < 1 or end_line < start_line:
        return []
    try:
        ctx = Context.build(source, start_line, end_line, paramstyle)
    except Exception:  # noqa: BLE001 - libcst on an odd file: no candidate, never a crashed run
        return []
    if ctx is None or not ctx.statements:
        return []
    families = _families()
    fixes: list[CodemodFix] = []
    for name in names:
        try:
            drafts = families[name](ctx)
            rendered = [(d.name, ctx.render(d)) for d in drafts]
        except Exception:  # noqa: BLE001 - a bug of the family: logged and counted (raised under tests), never the run
            codemod_failed(name, f"line {start_line}")
            continue
        for fix_name, edits in rendered:
            if edits and _parses(source, edits) and all(f.edits != edits for f in fixes):
                fixes.append(CodemodFix(fix_name, edits))
    return fixes


def _parses(source: str, edits: tuple[Edit, ...]) -> bool:
    try:
        fixed = apply_edits(source, edits)
        ast.parse(fixed)
    except (SyntaxError, ValueError):
        return False
    return fixed != source
