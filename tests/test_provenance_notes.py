"""Line-level provenance: git-ai and Agent Trace notes, git-ai's working log, and ai_paths."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from aiharden.changes import commit_range
from aiharden.changes import staged
from aiharden.provenance import ai_paths
from aiharden.provenance import detect_range
from aiharden.provenance import detect_staged
from aiharden.provenance import load_agents

HUMAN = {"GIT_AUTHOR_NAME": "Jane Doe", "GIT_AUTHOR_EMAIL": "jane@example.com",
         "GIT_COMMITTER_NAME": "Jane Doe", "GIT_COMMITTER_EMAIL": "jane@example.com"}
CLAUDE_TRAILER = "\n\nCo-Authored-By: Claude <noreply@anthropic.com>"


@pytest.fixture(autouse=True)
def _isolated_git(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for key in list(os.environ):
        if key.startswith(("GIT_AUTHOR_", "GIT_COMMITTER_")) or key in ("GIT_DIR", "GIT_INDEX_FILE"):
            monkeypatch.delenv(key)


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, **HUMAN}
    return subprocess.run(("git", *args), cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


def commit(repo: Path, message: str, files: dict[str, str | None]) -> str:
    for name, text in files.items():
        if text is None:
            git(repo, "rm", "-q", name)
            continue
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text)
        git(repo, "add", name)
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD").strip()


def add_note(repo: Path, ref: str, text: str, rev: str = "HEAD") -> None:
    git(repo, "notes", "--ref", ref, "add", "-f", "-m", text, rev)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    path = tmp_path / "repo"
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    commit(path, "initial", {"README": "hello\n"})
    return path


def git_ai_note(attestations: str, **meta: object) -> str:
    body = {"schema_version": "authorship/3.0.0", "git_ai_version": "1.4.0", "base_commit_sha": "0" * 40,
            "prompts": {}, "humans": {"h_a1b2c3d4e5f678": {"author": "Jane Doe <jane@example.com>"}}, **meta}
    return f"{attestations}---\n{json.dumps(body, indent=2)}"


SESSIONS = {"s_c9883b05a2487d": {"agent_id": {"tool": "claude", "id": "sess-1", "model": "claude-opus-4"},
                                 "human_author": "jane@example.com"}}
PROMPTS = {"c9883b05a2487d6d": {"agent_id": {"tool": "cursor", "id": "session_123", "model": "gpt-4"},
                                "human_author": "jane@example.com", "total_additions": 2}}
TEN = "".join(f"line {i}\n" for i in range(1, 11))


def test_git_ai_note_gives_line_ranges(repo: Path) -> None:
    commit(repo, "add app", {"app.py": TEN, "dir with space/util.py": "a\nb\nc\n"})
    add_note(repo, "ai", git_ai_note(
        "app.py\n"
        "  s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-4,9\n"
        "  h_a1b2c3d4e5f678 5-8\n"
        '"dir with space/util.py"\n'
        "  c9883b05a2487d6d 2-3\n",
        sessions=SESSIONS, prompts=PROMPTS,
    ))
    prov = detect_range(repo, "HEAD~1", "HEAD", {})[0]
    assert prov.ai and prov.confidence == 0.95
    assert dict(prov.ai_lines) == {"app.py": ((1, 4), (9, 9)), "dir with space/util.py": ((2, 3),)}
    assert set(prov.tools) == {"Claude Code", "Cursor"}
    assert {e.source for e in prov.evidence} == {"notes"} and prov.evidence[0].signal == "git-ai-note"


def test_git_ai_note_with_only_human_lines_is_not_ai(repo: Path) -> None:
    commit(repo, "add app", {"app.py": TEN})
    add_note(repo, "ai", git_ai_note("app.py\n  h_a1b2c3d4e5f678 1-10\n"))
    prov = detect_range(repo, "HEAD~1", "HEAD", {})[0]
    assert (prov.ai, prov.confidence, dict(prov.ai_lines)) == (False, 0.0, {})


def test_git_ai_note_unknown_session_still_counts(repo: Path) -> None:
    commit(repo, "add app", {"app.py": TEN})
    add_note(repo, "ai", git_ai_note("app.py\n  s_ffffffffffffff::t_00000000000000 2\n"))
    prov = detect_range(repo, "HEAD~1", "HEAD", {})[0]
    assert prov.ai and prov.tools == ("git-ai",) and dict(prov.ai_lines) == {"app.py": ((2, 2),)}


AGENT_TRACE = {
    "version": "0.1.0", "id": "7a0f4a52-5d1e-4c5b-9d52-5e2f6c0f9f10", "timestamp": "2026-11-20T10:00:00Z",
    "vcs": {"type": "git", "revision": "HEAD"}, "tool": {"name": "claude-code", "version": "2.0.1"},
    "files": [{"path": "app.py", "conversations": [
        {"url": "https://example.invalid/c/1", "contributor": {"type": "ai", "model_id": "anthropic/claude-opus-4"},
         "ranges": [{"start_line": 3, "end_line": 7}, {"start_line": 12, "end_line": 12}]},
        {"contributor": {"type": "human"}, "ranges": [{"start_line": 1, "end_line": 2}]},
        {"contributor": {"type": "ai"}, "ranges": [
            {"start_line": 20, "end_line": 21, "contributor": {"type": "mixed"}},
            {"start_line": 30, "end_line": 30, "contributor": {"type": "human"}}]},
    ]}],
}
SECOND = {**AGENT_TRACE, "tool": {"name": "cursor"}, "files": [
    {"path": "lib/b.py", "conversations": [{"ranges": [{"start_line": 1, "end_line": 1}]}]}]}


@pytest.mark.parametrize(("text", "lines", "tools"), [
    pytest.param(json.dumps(AGENT_TRACE), {"app.py": ((3, 7), (12, 12), (20, 21))}, ("Claude Code",),
                 id="agent-trace-record"),
    pytest.param(json.dumps([AGENT_TRACE, SECOND]), {"app.py": ((3, 7), (12, 12), (20, 21)), "lib/b.py": ((1, 1),)},
                 ("Claude Code", "Cursor"), id="agent-trace-array"),
    pytest.param(json.dumps(AGENT_TRACE) + "\n" + json.dumps(SECOND) + "\n",
                 {"app.py": ((3, 7), (12, 12), (20, 21)), "lib/b.py": ((1, 1),)}, ("Claude Code", "Cursor"),
                 id="agent-trace-jsonl"),
])
def test_agent_trace_note(repo: Path, text: str, lines: dict[str, tuple[tuple[int, int], ...]],
                          tools: tuple[str, ...]) -> None:
    commit(repo, "add app", {"app.py": TEN * 4, "lib/b.py": "x\n"})
    add_note(repo, "agent-trace", text)
    prov = detect_range(repo, "HEAD~1", "HEAD", {})[0]
    assert prov.ai and dict(prov.ai_lines) == lines and prov.tools == tools
    assert prov.evidence[0].signal == "agent-trace-note" and prov.evidence[0].source == "notes"


def test_agent_trace_all_human_is_not_ai(repo: Path) -> None:
    commit(repo, "add app", {"app.py": TEN})
    human = {**AGENT_TRACE, "files": [{"path": "app.py", "conversations": [
        {"contributor": {"type": "human"}, "ranges": [{"start_line": 1, "end_line": 10}]}]}]}
    add_note(repo, "agent-trace", json.dumps(human))
    assert not detect_range(repo, "HEAD~1", "HEAD", {})[0].ai


def test_notes_of_both_formats_merge(repo: Path) -> None:
    commit(repo, "add app", {"app.py": TEN * 4})
    add_note(repo, "ai", git_ai_note("app.py\n  s_c9883b05a2487d::t_1 1-4\n", sessions=SESSIONS))
    add_note(repo, "agent-trace", json.dumps(AGENT_TRACE))
    prov = detect_range(repo, "HEAD~1", "HEAD", {})[0]
    assert dict(prov.ai_lines) == {"app.py": ((1, 7), (12, 12), (20, 21))}
    assert {e.signal for e in prov.evidence} == {"git-ai-note", "agent-trace-note"}


MALFORMED = [
    pytest.param("ai", "just some text someone wrote", id="git-ai-free-text"),
    pytest.param("ai", "app.py\n  s_x 1-4\n---\n{not json", id="git-ai-bad-json"),
    pytest.param("ai", 'app.py\n  s_x one-two\n---\n{"schema_version": "authorship/3.0.0"}', id="git-ai-bad-range"),
    pytest.param("ai", 'app.py\n  s_x 4-1\n---\n{"schema_version": "authorship/3.0.0"}', id="git-ai-reversed-range"),
    pytest.param("ai", '  s_x 1-4\n---\n{"schema_version": "authorship/3.0.0"}', id="git-ai-entry-before-path"),
    pytest.param("ai", 'app.py\n  s_x 1-4\n---\n{"schema_version": "something/else"}', id="git-ai-other-schema"),
    pytest.param("ai", 'app.py\n  s_x 1-4\n---\n["a list"]', id="git-ai-json-not-object"),
    pytest.param("agent-trace", "{not json", id="agent-trace-bad-json"),
    pytest.param("agent-trace", '{"files": 3}', id="agent-trace-files-not-list"),
    pytest.param("agent-trace", "[1, 2]", id="agent-trace-records-not-objects"),
    pytest.param("agent-trace", "null", id="agent-trace-null"),
    pytest.param("agent-trace", '{"files": [{"path": "app.py", "conversations": [{"ranges": '
                 '[{"start_line": 5, "end_line": 2}]}]}]}', id="agent-trace-reversed-range"),
    pytest.param("agent-trace", '{"files": [{"path": "app.py", "conversations": [{"ranges": '
                 '[{"start_line": "1", "end_line": 2}]}]}]}', id="agent-trace-string-line"),
    pytest.param("agent-trace", '{"files": [{"conversations": []}]}', id="agent-trace-file-without-path"),
]


@pytest.mark.parametrize(("ref", "text"), MALFORMED)
@pytest.mark.parametrize("with_trailer", [False, True], ids=["alone", "beside-trailer"])
def test_malformed_notes_are_ignored(repo: Path, ref: str, text: str, with_trailer: bool) -> None:
    commit(repo, "add app" + (CLAUDE_TRAILER if with_trailer else ""), {"app.py": TEN})
    add_note(repo, ref, text)
    prov = detect_range(repo, "HEAD~1", "HEAD", {})[0]
    assert prov.ai is with_trailer and dict(prov.ai_lines) == {}
    assert all(e.source != "notes" for e in prov.evidence)


def test_binary_note_is_ignored(repo: Path) -> None:
    commit(repo, "add app", {"app.py": TEN})
    blob = subprocess.run(("git", "hash-object", "-w", "--stdin"), cwd=repo, input=b"\x00\xff\xfe---\n\x00",
                          capture_output=True, check=True).stdout.decode().strip()
    git(repo, "notes", "--ref", "ai", "add", "-C", blob, "HEAD")
    assert not detect_range(repo, "HEAD~1", "HEAD", {})[0].ai


def test_notes_on_commits_outside_the_range_are_not_read(repo: Path) -> None:
    commit(repo, "old", {"old.py": TEN})
    add_note(repo, "ai", git_ai_note("old.py\n  s_c9883b05a2487d::t_1 1-2\n", sessions=SESSIONS))
    commit(repo, "new", {"new.py": TEN})
    provs = detect_range(repo, "HEAD~1", "HEAD", {})
    assert len(provs) == 1 and not provs[0].ai


def test_custom_notes_ref_from_user_file(repo: Path, tmp_path: Path) -> None:
    commit(repo, "add app", {"app.py": TEN})
    add_note(repo, "team-ai", git_ai_note("app.py\n  s_c9883b05a2487d::t_1 3-5\n", sessions=SESSIONS))
    assert not detect_range(repo, "HEAD~1", "HEAD", {})[0].ai
    extra = tmp_path / "agents.toml"
    extra.write_text("[[notes]]\nref = 'refs/notes/team-ai'\nformat = 'git-ai'\n")
    prov = detect_range(repo, "HEAD~1", "HEAD", {}, agents=load_agents(extra))[0]
    assert prov.ai and dict(prov.ai_lines) == {"app.py": ((3, 5),)}


def _working_log(repo: Path, checkpoints: list[object] | str | bytes, base: str | None = None) -> Path:
    head = base or git(repo, "rev-parse", "HEAD").strip()
    path = repo / ".git" / "ai" / "working_logs" / head / "checkpoints.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(checkpoints, bytes):
        path.write_bytes(checkpoints)
    else:
        text = checkpoints if isinstance(checkpoints, str) else "".join(json.dumps(c) + "\n" for c in checkpoints)
        path.write_text(text)
    return path


def _checkpoint(kind: str, attributions: list[tuple[int, int, str]], tool: str | None = "claude",
                file: str = "app.py") -> dict[str, object]:
    return {
        "kind": kind, "diff": "d", "author": "Jane Doe", "timestamp": 1795600000,
        "agent_id": {"tool": tool, "id": "sess-1", "model": "claude-opus-4"} if tool else None,
        "entries": [{"file": file, "blob_sha": "b", "attributions": [],
                     "line_attributions": [{"start_line": a, "end_line": b, "author_id": who, "overrode": None}
                                           for a, b, who in attributions]}],
        "line_stats": {"additions": 3, "deletions": 0}, "api_version": "checkpoint/1.0.0",
    }


def test_working_log_at_pre_commit(repo: Path) -> None:
    _working_log(repo, [
        _checkpoint("Human", [(1, 2, "h_a1b2c3d4e5f678")], tool=None),
        _checkpoint("AiAgent", [(1, 2, "h_a1b2c3d4e5f678"), (3, 5, "s_c9883b05a2487d::t_1"), (6, 6, "human")]),
        _checkpoint("AiTab", [(1, 4, "c9883b05a2487d6d")], tool="cursor", file="lib/b.py"),
    ])
    prov = detect_staged(repo, HUMAN)
    assert prov.ai and prov.confidence == 0.95 and prov.tools == ("Claude Code", "Cursor")
    assert dict(prov.ai_lines) == {"app.py": ((3, 5),), "lib/b.py": ((1, 4),)}
    assert prov.evidence[0].source == "notes" and prov.evidence[0].signal == "git-ai-working-log"


def test_working_log_before_first_commit(tmp_path: Path) -> None:
    repo = tmp_path / "fresh"
    repo.mkdir()
    git(repo, "init", "-q")
    _working_log(repo, [_checkpoint("AiAgent", [(1, 9, "s_c9883b05a2487d::t_1")])], base="initial")
    prov = detect_staged(repo, HUMAN)
    assert prov.ai and dict(prov.ai_lines) == {"app.py": ((1, 9),)}


def test_working_log_lines_rewritten_by_human(repo: Path) -> None:
    _working_log(repo, [
        _checkpoint("AiAgent", [(1, 5, "s_c9883b05a2487d::t_1")]),
        _checkpoint("Human", [(1, 5, "h_a1b2c3d4e5f678")], tool=None),
    ])
    assert not detect_staged(repo, HUMAN).ai


def test_working_log_of_another_base_is_ignored(repo: Path) -> None:
    _working_log(repo, [_checkpoint("AiAgent", [(1, 5, "s_c9883b05a2487d::t_1")])], base="f" * 40)
    assert not detect_staged(repo, HUMAN).ai


@pytest.mark.parametrize("content", [
    pytest.param("not json at all\n{\n", id="wl-garbage"),
    pytest.param('[1, 2]\n"text"\n{"kind": 3, "entries": "x"}\n', id="wl-wrong-types"),
    pytest.param('{"kind": "AiAgent", "entries": [{"file": 1}, {"file": "a", "line_attributions": [1, '
                 '{"start_line": "1", "end_line": 2, "author_id": "s_x"}]}]}\n', id="wl-bad-entries"),
    pytest.param(b'\xff\xfe{"kind": "AiAgent"\x00\n', id="wl-undecodable"),
])
def test_malformed_working_log_never_fails(repo: Path, content: str | bytes) -> None:
    _working_log(repo, content)
    prov = detect_staged(repo, HUMAN)
    assert dict(prov.ai_lines) == {}


def test_working_log_path_is_a_directory(repo: Path) -> None:
    path = _working_log(repo, "")
    path.unlink()
    path.mkdir()
    assert not detect_staged(repo, HUMAN).ai


def test_ai_paths_in_range_mode(repo: Path) -> None:
    base = git(repo, "rev-parse", "HEAD").strip()
    commit(repo, "human", {"h.py": TEN, "shared.py": TEN})
    commit(repo, "agent with notes", {"app.py": TEN})
    add_note(repo, "ai", git_ai_note("app.py\n  s_c9883b05a2487d::t_1 1-2,7\n", sessions=SESSIONS))
    commit(repo, "agent" + CLAUDE_TRAILER, {"b.py": TEN, "shared.py": TEN + "more\n", "gone.py": TEN})
    commit(repo, "human edits after the agent", {"b.py": TEN + "tail\n", "gone.py": None})
    commit(repo, "agent with notes, later edited", {"c.py": TEN})
    add_note(repo, "ai", git_ai_note("c.py\n  s_c9883b05a2487d::t_2 2\n", sessions=SESSIONS))
    commit(repo, "human edits c", {"c.py": "first\n" + TEN})
    commit(repo, "agent on notes-less file, then notes", {"d.py": TEN})
    add_note(repo, "agent-trace", json.dumps({**AGENT_TRACE, "files": [
        {"path": "d.py", "conversations": [{"ranges": [{"start_line": 4, "end_line": 6}]}]}]}))
    provs = detect_range(repo, base, "HEAD", {})
    changes = commit_range(repo, base, "HEAD")
    assert ai_paths(provs, changes) == {
        "app.py": ((1, 2), (7, 7)),
        "b.py": None,  # a human commit touched it after the agent
        "shared.py": None,  # agent commit without line data
        "c.py": None,  # the note's line numbers no longer hold at head
        "d.py": ((4, 6),),
    }


def test_ai_paths_two_ai_commits_on_one_file(repo: Path) -> None:
    base = git(repo, "rev-parse", "HEAD").strip()
    commit(repo, "agent 1", {"app.py": TEN})
    add_note(repo, "ai", git_ai_note("app.py\n  s_c9883b05a2487d::t_1 1-2\n", sessions=SESSIONS))
    commit(repo, "agent 2", {"app.py": TEN + TEN})
    add_note(repo, "ai", git_ai_note("app.py\n  s_c9883b05a2487d::t_2 11-20\n", sessions=SESSIONS))
    provs = detect_range(repo, base, "HEAD", {})
    assert ai_paths(provs, commit_range(repo, base, "HEAD")) == {"app.py": None}


def test_ai_paths_in_staged_mode(repo: Path) -> None:
    (repo / "app.py").write_text(TEN)
    (repo / "other.py").write_text(TEN)
    git(repo, "add", "app.py", "other.py")
    changes = staged(repo)
    assert ai_paths([detect_staged(repo, HUMAN)], changes) == {}
    assert ai_paths([detect_staged(repo, {**HUMAN, "CLAUDECODE": "1"})], changes) == {"app.py": None, "other.py": None}
    _working_log(repo, [_checkpoint("AiAgent", [(2, 3, "s_c9883b05a2487d::t_1")])])
    assert ai_paths([detect_staged(repo, HUMAN)], changes) == {"app.py": ((2, 3),), "other.py": None}


def test_ai_paths_follow_renames(repo: Path) -> None:
    base = git(repo, "rev-parse", "HEAD").strip()
    commit(repo, "agent" + CLAUDE_TRAILER, {"x.py": TEN, "keep.py": TEN})
    add_note(repo, "ai", git_ai_note("x.py\n  s_c9883b05a2487d::t_1 1-3\n", sessions=SESSIONS))
    git(repo, "mv", "x.py", "pkg_y.py")
    git(repo, "mv", "keep.py", "kept.py")
    git(repo, "commit", "-q", "-m", "human renames")
    commit(repo, "human adds", {"z.py": TEN})
    provs = detect_range(repo, base, "HEAD", {})
    assert set(provs[1].renames) == {("keep.py", "kept.py"), ("x.py", "pkg_y.py")}
    assert ai_paths(provs, commit_range(repo, base, "HEAD")) == {"pkg_y.py": None, "kept.py": None}


def test_working_log_in_a_linked_worktree(repo: Path, tmp_path: Path) -> None:
    git(repo, "worktree", "add", "-q", "-b", "side", str(tmp_path / "wt"))
    _working_log(repo, [_checkpoint("AiAgent", [(1, 2, "s_c9883b05a2487d::t_1")])])  # common dir
    prov = detect_staged(tmp_path / "wt", HUMAN)
    assert prov.ai and dict(prov.ai_lines) == {"app.py": ((1, 2),)}
