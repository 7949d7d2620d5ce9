"""Git AI's uncommitted state: `.git/ai/working_logs/<HEAD>/checkpoints.jsonl`.

Each line is a checkpoint (kind AiAgent / AiTab / Human / KnownHuman, agent_id, and per file
the line attributions of the file as it stood at that checkpoint). The last checkpoint that
mentions a file holds that file's current attribution. Read only when present; anything that
does not parse is skipped.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aiharden.provenance.agents import Agents
from aiharden.provenance.model import merge_ranges
from aiharden.provenance.notes import NoteLines

_AI_KINDS = {"aiagent", "ai_agent", "aitab", "ai_tab"}
_MAX_BYTES = 64 * 1024 * 1024  # a runaway log must not stall a commit


def _is_human(author_id: str) -> bool:
    return author_id in ("", "human") or author_id.startswith("h_")


def _checkpoints(path: Path) -> list[dict[str, Any]]:
    try:
        if path.stat().st_size > _MAX_BYTES:
            return []
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    out = []
    for line in text.splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if isinstance(item, dict):
            out.append(item)
    return out


def read_working_log(git_dir: Path, head: str | None, agents: Agents) -> NoteLines | None:
    """AI tools and AI line ranges git-ai has recorded since HEAD, or None when there are none."""
    base = git_dir / "ai" / "working_logs"
    if not base.is_dir():
        return None
    log = base / (head or "initial") / "checkpoints.jsonl"
    tools: list[str] = []
    any_attr = False
    current: dict[str, list[tuple[int, int]]] = {}
    for cp in _checkpoints(log):
        agent = cp.get("agent_id")
        kind = str(cp.get("kind", "")).lower()
        if kind in _AI_KINDS and isinstance(agent, dict) and isinstance(agent.get("tool"), str):
            tools.append(agents.tool_name(agent["tool"]))
        elif kind in _AI_KINDS:
            tools.append("git-ai")
        entries = cp.get("entries")
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
                continue
            attributions = entry.get("line_attributions")
            if not isinstance(attributions, list):
                continue
            any_attr = True
            ranges = []
            for la in attributions:
                if not isinstance(la, dict):
                    continue
                a, b, who = la.get("start_line"), la.get("end_line"), la.get("author_id")
                if isinstance(a, int) and isinstance(b, int) and isinstance(who, str) and not _is_human(who):
                    ranges.append((a, b))
            current[entry["file"]] = ranges  # the latest checkpoint of a file wins
    lines = {p: merge_ranges(r) for p, r in current.items() if r}
    # AI checkpoints whose lines were all rewritten by a human since leave no AI lines: no
    # evidence then, like git-ai's own note would show; with no line data at all, trust the kind
    if lines or (tools and not any_attr):
        return NoteLines(tuple(dict.fromkeys(tools or ["git-ai"])), lines)
    return None
