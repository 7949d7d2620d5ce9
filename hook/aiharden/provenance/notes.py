"""Line-level attribution from git notes: Git AI authorship logs and Agent Trace records.

A note that cannot be parsed is ignored: notes are written by other tools, and a broken one
must never stop a commit.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiharden.provenance.agents import Agents
from aiharden.provenance.model import Ranges
from aiharden.provenance.model import merge_ranges

_RANGE = re.compile(r"^(\d+)(?:-(\d+))?$")
_AI_TYPES = {"ai", "mixed"}  # mixed lines had an agent's hand in them: scan them as AI


@dataclass(frozen=True)
class NoteLines:
    tools: tuple[str, ...]  # agents named by the note for its AI lines
    lines: dict[str, Ranges]  # path → AI-authored ranges


def parse_ranges(spec: str) -> Ranges:
    """`1-4,9` → ((1, 4), (9, 9)); raises ValueError on anything else."""
    out = []
    for part in spec.split(","):
        m = _RANGE.match(part.strip())
        if not m:
            raise ValueError(f"bad line range {part!r}")
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        if a < 1 or b < a:
            raise ValueError(f"bad line range {part!r}")
        out.append((a, b))
    return merge_ranges(out)


def _unquote(path: str) -> str:
    if len(path) >= 2 and path[0] == path[-1] == '"':
        return path[1:-1]
    return path


def parse_git_ai(text: str, agents: Agents) -> NoteLines | None:
    """A Git AI authorship log: `path` lines, `  <key> <ranges>` lines, `---`, JSON metadata."""
    head, sep, tail = text.partition("\n---\n")
    if not sep:
        head, sep, tail = text.partition("\n---")
        if not sep and text.startswith("---\n"):
            head, sep, tail = "", "---", text[4:]
    if not sep:
        return None
    try:
        meta = json.loads(tail)
    except ValueError:
        return None
    if not isinstance(meta, dict) or not str(meta.get("schema_version", "")).startswith("authorship/"):
        return None
    sessions = meta.get("sessions")
    sessions = sessions if isinstance(sessions, dict) else {}
    prompts = meta.get("prompts")
    prompts = prompts if isinstance(prompts, dict) else {}
    lines: dict[str, list[tuple[int, int]]] = {}
    keys: set[str] = set()
    path: str | None = None
    for raw in head.splitlines():
        if not raw.strip():
            continue
        if not raw[:1].isspace():
            path = _unquote(raw.strip())
            continue
        if path is None:
            return None
        key, _, spec = raw.strip().rpartition(" ")
        if not key:
            return None
        if key.startswith("h_"):  # a human's lines
            continue
        try:
            lines.setdefault(path, []).extend(parse_ranges(spec))
        except ValueError:
            return None
        keys.add(key)
    tools = []
    for key in sorted(keys):
        record = sessions.get(key.split("::")[0]) if key.startswith("s_") else prompts.get(key)
        agent = record.get("agent_id") if isinstance(record, dict) else None
        tool = agent.get("tool") if isinstance(agent, dict) else None
        tools.append(agents.tool_name(tool) if isinstance(tool, str) and tool else "git-ai")
    return NoteLines(tuple(dict.fromkeys(tools)), {p: merge_ranges(r) for p, r in lines.items()})


def _records(text: str) -> list[Any]:
    try:
        data = json.loads(text)
        return data if isinstance(data, list) else [data]
    except ValueError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]


def _ctype(obj: Any) -> str | None:
    contributor = obj.get("contributor") if isinstance(obj, dict) else None
    kind = contributor.get("type") if isinstance(contributor, dict) else None
    return kind.lower() if isinstance(kind, str) else None


def parse_agent_trace(text: str, agents: Agents) -> NoteLines | None:
    """Agent Trace records: files[].conversations[].ranges[{start_line, end_line}]."""
    try:
        records = _records(text)
    except ValueError:
        return None
    lines: dict[str, list[tuple[int, int]]] = {}
    tools: list[str] = []
    for rec in records:
        if not isinstance(rec, dict) or not isinstance(rec.get("files"), list):
            return None
        tool = rec.get("tool")
        name = tool.get("name") if isinstance(tool, dict) else None
        found = False
        for f in rec["files"]:
            if not isinstance(f, dict) or not isinstance(f.get("path"), str):
                return None
            for conv in f.get("conversations") or []:
                conv_type = _ctype(conv)
                for r in (conv.get("ranges") or []) if isinstance(conv, dict) else []:
                    if (_ctype(r) or conv_type or "ai") not in _AI_TYPES:
                        continue
                    a, b = r.get("start_line"), r.get("end_line", r.get("start_line"))
                    if not (isinstance(a, int) and isinstance(b, int) and 1 <= a <= b):
                        return None
                    lines.setdefault(f["path"], []).append((a, b))
                    found = True
        if found:
            tools.append(agents.tool_name(name) if isinstance(name, str) and name else "Agent Trace")
    return NoteLines(tuple(dict.fromkeys(tools)), {p: merge_ranges(r) for p, r in lines.items()})


PARSERS = {"git-ai": parse_git_ai, "agent-trace": parse_agent_trace}


def read_notes(root: Path, refs: Iterable[str], commits: set[str]) -> dict[str, list[tuple[str, str]]]:
    """commit → [(ref, note text)] for the commits asked for: one `notes list` per ref, and the note blobs
    read through GitPython's object database (one `cat-file --batch` process for all of them)."""
    import git
    from gitdb.exc import BadObject

    from aiharden.changes import open_repo

    repo = open_repo(root)
    wanted: list[tuple[str, str, str]] = []  # (commit, ref, blob)
    for ref in refs:
        try:
            out = repo.git.notes("--ref", ref, "list")
        except git.GitCommandError:  # no such notes ref
            continue
        for line in str(out).splitlines():
            blob, _, commit = line.partition(" ")
            if commit in commits:
                wanted.append((commit, ref, blob))
    texts: dict[str, list[tuple[str, str]]] = {}
    for commit, ref, blob in wanted:
        try:
            stream = repo.odb.stream(bytes.fromhex(blob))
        except (BadObject, ValueError, git.GitCommandError):  # missing
            continue
        if stream.type != b"blob":
            continue
        texts.setdefault(commit, []).append((ref, stream.read().decode("utf-8", "replace")))
    return texts
