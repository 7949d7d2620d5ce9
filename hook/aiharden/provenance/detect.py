"""Who wrote it: the pending commit (pre-commit / commit-msg) or each commit of a range."""
from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from aiharden.errors import FatalError
from aiharden.errors import missing_revision
from aiharden.provenance.agents import Agents
from aiharden.provenance.agents import load_agents
from aiharden.provenance.model import Evidence
from aiharden.provenance.model import Provenance
from aiharden.provenance.model import verdict
from aiharden.provenance.notes import PARSERS
from aiharden.provenance.notes import NoteLines
from aiharden.provenance.notes import read_notes
from aiharden.provenance.signals import Facts
from aiharden.provenance.signals import clean_message
from aiharden.provenance.signals import match
from aiharden.provenance.working import read_working_log

_MARK = "\x1eaiharden\x1f"
# one record per commit: fields NUL-separated, then the --name-status entries, NUL-separated
_FORMAT = "%x1eaiharden%x1f%x00%H%x00%P%x00%an <%ae>%x00%cn <%ce>%x00%B%x00"


def _repo(root: Path) -> "git.Repo":  # type: ignore[name-defined]  # noqa: F821
    from aiharden.changes import open_repo

    return open_repo(root)


def _git(root: Path, *args: str) -> str | None:
    """One git command through GitPython: its output, or None when git refuses it."""
    import git

    try:
        out = _repo(root).git.execute(["git", *args], stdout_as_string=False)
    except git.GitCommandError:
        return None
    return bytes(out).decode("utf-8", "replace").strip()


def _note_evidence(notes: NoteLines, signal: str, ref: str, agents: Agents) -> list[Evidence]:
    n = sum(b - a + 1 for r in notes.lines.values() for a, b in r)
    what = f"{ref}: {n} AI line(s) in {len(notes.lines)} file(s)" if notes.lines else ref
    weight = agents.weights.get("notes", 0.95)
    return [Evidence(signal, tool, what, "notes", weight) for tool in notes.tools]


def _idents(root: Path, env: Mapping[str, str]) -> tuple[str, str]:
    """The author and committer git will record: `env`'s GIT_AUTHOR_*/GIT_COMMITTER_* first, then the
    repository's configuration (user.name, user.email, and author.*/committer.* over them), as git does."""
    import configparser

    try:
        config = _repo(root).config_reader()
    except FatalError:
        config = None

    def setting(section: str, key: str) -> str:
        if config is None:
            return ""
        try:
            return str(config.get_value(section, key, ""))
        except (configparser.Error, ValueError):
            return ""

    def pick(kind: str) -> str:
        name = env.get(f"GIT_{kind}_NAME") or setting(kind.lower(), "name") or setting("user", "name")
        email = env.get(f"GIT_{kind}_EMAIL") or setting(kind.lower(), "email") or setting("user", "email") \
            or env.get("EMAIL", "")
        return f"{name} <{email}>" if name or email else ""
    return pick("AUTHOR"), pick("COMMITTER")


def detect_staged(
    root: Path, env: Mapping[str, str], message: str | None = None, *, agents: Agents | None = None,
) -> Provenance:
    """The commit being made: env of the committing process, the identity git will use, the
    branch, git-ai's working log when present, and (commit-msg stage) the message's trailers."""
    agents = agents or load_agents()
    author, committer = _idents(root, env)
    branch = _git(root, "symbolic-ref", "-q", "--short", "HEAD") or ""
    text = clean_message(message) if message is not None else ""
    facts = Facts(author, committer, text, branch, "", dict(env))
    evidence = match(agents, facts)
    lines: dict[str, tuple[tuple[int, int], ...]] = {}
    # a linked worktree has its own git dir; git-ai may keep its logs there or in the common one
    dirs = (_git(root, "rev-parse", "--path-format=absolute", "--git-dir", "--git-common-dir") or "").splitlines()
    if dirs:
        head = _git(root, "rev-parse", "-q", "--verify", "HEAD^{commit}")
        working = None
        for git_dir in dict.fromkeys(dirs):
            try:
                working = read_working_log(Path(git_dir), head, agents)
            except (OSError, ValueError):  # other tools' files: never fail a commit on them
                working = None
            if working is not None:
                break
        if working is not None:
            evidence += _note_evidence(working, "git-ai-working-log", ".git/ai/working_logs", agents)
            lines = working.lines
    subject = "message" if message is not None else "staged"
    title = text.splitlines()[0] if text else ""
    return verdict(subject, evidence, lines, title=title)


def _pr_author(env: Mapping[str, str]) -> tuple[str, str]:
    """(login, head branch) of the pull request in GITHUB_EVENT_PATH, empty when unknown."""
    path = env.get("GITHUB_EVENT_PATH")
    if not path:
        return "", ""
    try:
        event = json.loads(Path(path).read_text(encoding="utf-8"))
        pr = event.get("pull_request") or {}
        login = (pr.get("user") or {}).get("login") or ""
        ref = (pr.get("head") or {}).get("ref") or ""
        return str(login), str(ref)
    except (OSError, ValueError, AttributeError):
        return "", ""


class _Row(NamedTuple):
    id: str
    parents: list[str]
    author: str
    committer: str
    message: str
    paths: list[str]  # every path the commit touched, both names of a rename
    renames: list[tuple[str, str]]


def _parse_log(out: bytes) -> list[_Row]:
    """Commits of `git log -z --name-status` with our format, newest first."""
    rows = []
    for record in out.decode("utf-8", "surrogateescape").split(_MARK)[1:]:
        fields = record.split("\0")
        # "", id, parents, author, committer, body, then "\n<status>", path[, path], <status>, ...
        if len(fields) < 6:
            continue
        _, cid, parents, author, committer, body = fields[:6]
        tokens = [t.lstrip("\n") for t in fields[6:]]
        tokens = [t for t in tokens if t]
        paths: list[str] = []
        renames: list[tuple[str, str]] = []
        i = 0
        while i + 1 < len(tokens):
            status = tokens[i]
            if status[:1] in ("R", "C") and i + 2 < len(tokens):
                old, new = tokens[i + 1], tokens[i + 2]
                paths += [old, new]
                if status[0] == "R":
                    renames.append((old, new))
                i += 3
            else:
                paths.append(tokens[i + 1])
                i += 2
        rows.append(_Row(cid, parents.split(), author, committer, body.rstrip("\n"), paths, renames))
    return rows


def detect_range(
    root: Path, base: str, head: str, env: Mapping[str, str], *, agents: Agents | None = None,
) -> list[Provenance]:
    """One Provenance per commit in base..head (newest first), merges included and flagged."""
    agents = agents or load_agents()
    import git

    repo = _repo(root)
    try:
        out = repo.git.execute(
            ["git", "-c", "core.quotepath=off", "log", "-z", "--name-status", "-M", "--no-color", "--no-ext-diff",
             f"--format={_FORMAT}", f"{base}..{head}", "--"], stdout_as_string=False)
    except git.GitCommandError as e:
        shallow = _git(root, "rev-parse", "--is-shallow-repository") == "true"
        for what, rev in (("base", base), ("head", head)):
            if _git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}") is None:
                raise FatalError(missing_revision(what, rev, shallow)) from None
        stderr = e.stderr if isinstance(e.stderr, str) else bytes(e.stderr or b"").decode("utf-8", "replace")
        detail = stderr.strip().splitlines()
        raise FatalError(f"cannot list commits {base}..{head}: {detail[-1] if detail else 'git log failed'}") from None
    rows = _parse_log(bytes(out))
    login, pr_ref = _pr_author(env)
    branch = env.get("GITHUB_HEAD_REF") or pr_ref
    if not branch:
        full = _git(root, "rev-parse", "--symbolic-full-name", head) or ""
        branch = full[len("refs/heads/"):] if full.startswith("refs/heads/") else ""
    notes = read_notes(root, [n.ref for n in agents.notes], {r.id for r in rows})
    formats = {n.ref: n.format for n in agents.notes}
    provs = []
    for row in rows:
        cid, message = row.id, row.message
        evidence = match(agents, Facts(row.author, row.committer, message, branch, login))
        lines: dict[str, list[tuple[int, int]]] = {}
        for ref, text in notes.get(cid, []):
            parsed = PARSERS[formats[ref]](text, agents)
            if parsed is None or not (parsed.lines or parsed.tools):
                continue
            if parsed.lines:
                evidence += _note_evidence(parsed, f"{formats[ref]}-note", ref, agents)
                for path, ranges in parsed.lines.items():
                    lines.setdefault(path, []).extend(ranges)
        title = message.splitlines()[0] if message else ""
        provs.append(verdict(cid, evidence, lines, title=title, merge=len(row.parents) > 1,
                             paths=tuple(row.paths), renames=tuple(row.renames)))
    return provs
