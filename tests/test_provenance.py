"""Provenance from commit metadata: trailers, footers, identities, env, branch, PR author."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from aiharden.errors import FatalError
from aiharden.provenance import NO_SIGNAL
from aiharden.provenance import detect_range
from aiharden.provenance import detect_staged
from aiharden.provenance import load_agents
from aiharden.provenance import render_text
from aiharden.provenance import to_json
from aiharden.provenance.signals import trailers

HUMAN = ("Jane Doe", "jane@example.com")


@pytest.fixture(autouse=True)
def _isolated_git(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for key in list(os.environ):
        if key.startswith(("GIT_AUTHOR_", "GIT_COMMITTER_")) or key in ("GIT_DIR", "GIT_INDEX_FILE"):
            monkeypatch.delenv(key)


def git(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    full = {**os.environ, **(env or {})}
    return subprocess.run(("git", *args), cwd=repo, env=full, check=True, capture_output=True, text=True).stdout


def ident_env(author: tuple[str, str], committer: tuple[str, str] | None = None) -> dict[str, str]:
    committer = committer or author
    return {
        "GIT_AUTHOR_NAME": author[0], "GIT_AUTHOR_EMAIL": author[1],
        "GIT_COMMITTER_NAME": committer[0], "GIT_COMMITTER_EMAIL": committer[1],
    }


def commit(
    repo: Path,
    message: str,
    author: tuple[str, str] = HUMAN,
    committer: tuple[str, str] | None = None,
    files: dict[str, str] | None = None,
) -> str:
    for name, text in (files or {f"f{len(git(repo, 'ls-files').split())}.txt": message}).items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text)
        git(repo, "add", name)
    git(repo, "commit", "-q", "--allow-empty", "-m", message, env=ident_env(author, committer))
    return git(repo, "rev-parse", "HEAD").strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    path = tmp_path / "repo"
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    commit(path, "initial", files={"README": "hello\n"})
    return path


def one(repo: Path, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    provs = detect_range(repo, "HEAD~1", "HEAD", env or {})
    assert len(provs) == 1
    return provs[0]


BOT = "users.noreply.github.com"
# (message, author, committer, signal id, tool, evidence source)
COMMIT_SIGNALS = [
    pytest.param("Fix\n\nCo-Authored-By: Claude <noreply@anthropic.com>", HUMAN, None,
                 "claude-coauthor", "Claude Code", "trailer", id="claude-trailer"),
    pytest.param("Fix\n\nbody\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>", HUMAN, None,
                 "claude-coauthor", "Claude Code", "trailer", id="claude-trailer-model-name"),
    pytest.param("Fix\n\nco-authored-by: Claude <noreply@anthropic.com>", HUMAN, None,
                 "claude-coauthor", "Claude Code", "trailer", id="trailer-key-lowercase"),
    pytest.param("Fix\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nSigned-off-by: J <j@x>",
                 HUMAN, None, "claude-footer", "Claude Code", "message", id="claude-footer"),
    pytest.param("Fix\n\nClaude-Session: 0b1c2d3e", HUMAN, None,
                 "claude-session-trailer", "Claude Code", "trailer", id="claude-session-trailer"),
    pytest.param("Fix", ("claude[bot]", f"209825114+claude[bot]@{BOT}"), None,
                 "claude-bot", "Claude Code", "identity", id="claude-app-identity"),
    pytest.param("Fix", HUMAN, ("claude-code-action[bot]", f"41898282+claude-code-action[bot]@{BOT}"),
                 "claude-bot", "Claude Code", "identity", id="claude-code-action-committer"),
    pytest.param("Fix", ("copilot-swe-agent[bot]", f"198982749+Copilot@{BOT}"), None,
                 "copilot-agent-identity", "GitHub Copilot", "identity", id="copilot-agent-author"),
    pytest.param("Fix", ("Copilot", f"198982749+Copilot@{BOT}"), None,
                 "copilot-agent-identity", "GitHub Copilot", "identity", id="copilot-noreply-email"),
    pytest.param(f"Fix\n\nCo-authored-by: Copilot <175728472+Copilot@{BOT}>", HUMAN, None,
                 "copilot-agent-identity", "GitHub Copilot", "trailer", id="copilot-trailer-noreply"),
    pytest.param("Fix\n\nCo-authored-by: Copilot <copilot@github.com>", HUMAN, None,
                 "copilot-coauthor", "GitHub Copilot", "trailer", id="copilot-trailer-github"),
    pytest.param("Fix\n\nCo-authored-by: aider (openai/gpt-4o) <aider@aider.chat>", HUMAN, None,
                 "aider-coauthor", "Aider", "trailer", id="aider-trailer"),
    pytest.param("Fix\n\nCo-authored-by: aider (anthropic/claude-sonnet-4) <noreply@aider.chat>", HUMAN, None,
                 "aider-coauthor", "Aider", "trailer", id="aider-trailer-noreply"),
    pytest.param("Fix", ("Jane Doe (aider)", "jane@example.com"), None,
                 "aider-identity", "Aider", "identity", id="aider-author-name"),
    pytest.param("Fix", HUMAN, ("Jane Doe (aider)", "jane@example.com"),
                 "aider-identity", "Aider", "identity", id="aider-committer-name"),
    pytest.param("aider: fix the parser", HUMAN, None,
                 "aider-prefix", "Aider", "message", id="aider-message-prefix"),
    pytest.param("Fix\n\nCo-authored-by: Cursor <cursoragent@cursor.com>", HUMAN, None,
                 "cursor-coauthor", "Cursor", "trailer", id="cursor-trailer"),
    pytest.param("Fix\n\nMade-with: Cursor", HUMAN, None,
                 "cursor-made-with", "Cursor", "trailer", id="cursor-made-with"),
    pytest.param("Fix", ("Cursor Agent", "cursoragent@cursor.com"), None,
                 "cursor-agent-identity", "Cursor", "identity", id="cursor-agent-author"),
    pytest.param("Fix\n\nCo-authored-by: Codex <noreply@openai.com>", HUMAN, None,
                 "codex-coauthor", "OpenAI Codex", "trailer", id="codex-trailer"),
    pytest.param("Fix", ("chatgpt-codex-connector[bot]", f"199175422+chatgpt-codex-connector[bot]@{BOT}"), None,
                 "codex-bot", "OpenAI Codex", "identity", id="codex-bot"),
    pytest.param("Fix", ("devin-ai-integration[bot]", f"158243242+devin-ai-integration[bot]@{BOT}"), None,
                 "devin-bot", "Devin", "identity", id="devin-bot"),
    pytest.param("Fix\n\nGenerated with [Devin](https://devin.ai)", HUMAN, None,
                 "devin-footer", "Devin", "message", id="devin-footer"),
    pytest.param("Fix", ("google-labs-jules[bot]", f"161369871+google-labs-jules[bot]@{BOT}"), None,
                 "jules-bot", "Jules", "identity", id="jules-bot"),
    pytest.param("Fix", ("amazon-q-developer[bot]", f"208079219+amazon-q-developer[bot]@{BOT}"), None,
                 "amazon-q-bot", "Amazon Q Developer", "identity", id="amazon-q-bot"),
    pytest.param("Fix\n\nCo-authored-by: Windsurf <noreply@windsurf.com>", HUMAN, None,
                 "windsurf-identity", "Windsurf", "trailer", id="windsurf-trailer"),
    pytest.param("Fix", ("Cascade", "noreply@codeium.com"), None,
                 "windsurf-identity", "Windsurf", "identity", id="codeium-identity"),
    pytest.param("Fix", ("factory-droid[bot]", f"138933559+factory-droid[bot]@{BOT}"), None,
                 "factory-bot", "Factory", "identity", id="factory-bot"),
]


@pytest.mark.parametrize(("message", "author", "committer", "signal", "tool", "source"), COMMIT_SIGNALS)
def test_commit_signal(repo: Path, message: str, author: tuple[str, str], committer: tuple[str, str] | None,
                       signal: str, tool: str, source: str) -> None:
    cid = commit(repo, message, author, committer)
    prov = one(repo)
    assert prov.subject == cid
    assert prov.ai is True
    assert prov.confidence >= 0.8
    assert tool in prov.tools
    assert (signal, source) in {(e.signal, e.source) for e in prov.evidence}
    assert prov.title == message.splitlines()[0]


NOT_SIGNALS = [
    pytest.param("Fix the Claude Code integration docs", HUMAN, id="mentions-tool-in-subject"),
    pytest.param("Fix\n\nCo-authored-by: Alice <alice@example.com>", HUMAN, id="human-coauthor"),
    pytest.param("Co-authored-by: Claude <noreply@anthropic.com>", HUMAN, id="trailer-shape-in-subject-only"),
    pytest.param("Fix\n\nCo-authored-by: Claude <noreply@anthropic.com>\nis what the tool would add\n"
                 "to a message, said the reviewer\nin a long paragraph\nof prose", HUMAN,
                 id="trailer-shape-inside-prose"),
    pytest.param("Fix\n\nThanks to the aider: project", HUMAN, id="aider-word-not-prefix"),
    pytest.param("Fix", ("Cursor Agents Fan", "fan@example.com"), id="similar-name"),
]


@pytest.mark.parametrize(("message", "author"), NOT_SIGNALS)
def test_no_signal_is_not_ai(repo: Path, message: str, author: tuple[str, str]) -> None:
    commit(repo, message, author)
    prov = one(repo)
    assert (prov.ai, prov.confidence, prov.evidence, prov.tools) == (False, 0.0, (), ())
    assert prov.summary == NO_SIGNAL


def test_mixed_range_with_merge(repo: Path) -> None:
    base = git(repo, "rev-parse", "HEAD").strip()
    human = commit(repo, "human change", files={"a.py": "x = 1\n"})
    git(repo, "checkout", "-q", "-b", "side")
    agent = commit(repo, "agent change\n\nCo-Authored-By: Claude <noreply@anthropic.com>", files={"b.py": "y = 2\n"})
    git(repo, "checkout", "-q", "main")
    human2 = commit(repo, "another human change", files={"c.py": "z = 3\n"})
    git(repo, "merge", "-q", "--no-ff", "-m", "Merge side", "side", env=ident_env(HUMAN))
    merge = git(repo, "rev-parse", "HEAD").strip()
    provs = detect_range(repo, base, "HEAD", {})
    by_id = {p.subject: p for p in provs}
    assert set(by_id) == {human, agent, human2, merge}
    assert provs[0].subject == merge and provs[0].merge and not provs[0].ai
    assert [by_id[c].ai for c in (human, agent, human2)] == [False, True, False]
    assert by_id[agent].paths == ("b.py",) and by_id[human].paths == ("a.py",)
    assert not any(p.merge for p in provs[1:])


def test_confidence_combines_distinct_signals(repo: Path) -> None:
    commit(repo, "Fix\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
                 "Co-Authored-By: Claude <noreply@anthropic.com>")
    prov = one(repo, {"GITHUB_HEAD_REF": "claude/issue-7"})
    weights = {e.signal: e.weight for e in prov.evidence}
    assert weights == {"claude-coauthor": 0.95, "claude-footer": 0.95, "claude-branch": 0.6}
    assert prov.confidence == pytest.approx(1 - 0.05 * 0.05 * 0.4)
    assert prov.tools == ("Claude Code",)


def test_same_signal_twice_counts_once(repo: Path) -> None:
    bot = ("claude[bot]", f"209825114+claude[bot]@{BOT}")
    action = ("claude-code-action[bot]", f"41898282+claude-code-action[bot]@{BOT}")
    commit(repo, "Fix", bot, action)
    prov = one(repo)
    assert {e.source for e in prov.evidence} == {"identity"} and len(prov.evidence) == 2
    assert prov.confidence == 0.95


ENV_SIGNALS = [
    pytest.param({"CLAUDECODE": "1"}, "claude-env", "Claude Code", id="env-CLAUDECODE"),
    pytest.param({"CLAUDE_CODE_ENTRYPOINT": "cli"}, "claude-entrypoint-env", "Claude Code",
                 id="env-CLAUDE_CODE_ENTRYPOINT"),
    pytest.param({"CURSOR_AGENT": "1"}, "cursor-env", "Cursor", id="env-CURSOR_AGENT"),
    pytest.param({"CODEX_SANDBOX": "seatbelt"}, "codex-sandbox-env", "OpenAI Codex", id="env-CODEX_SANDBOX"),
    pytest.param({"CODEX_THREAD_ID": "019a-thread"}, "codex-thread-env", "OpenAI Codex", id="env-CODEX_THREAD_ID"),
    pytest.param({"GEMINI_CLI": "1"}, "gemini-env", "Gemini CLI", id="env-GEMINI_CLI"),
]


@pytest.mark.parametrize(("env", "signal", "tool"), ENV_SIGNALS)
def test_staged_env(repo: Path, env: dict[str, str], signal: str, tool: str) -> None:
    prov = detect_staged(repo, {**ident_env(HUMAN), **env})
    assert (prov.subject, prov.ai, prov.confidence, prov.tools) == ("staged", True, 0.9, (tool,))
    assert prov.evidence[0].signal == signal and prov.evidence[0].source == "env"


@pytest.mark.parametrize("env", [
    pytest.param({"CLAUDECODE": "0"}, id="env-CLAUDECODE-0"),
    pytest.param({"GEMINI_CLI": ""}, id="env-GEMINI_CLI-empty"),
    pytest.param({"PATH": "/usr/bin", "HOME": "/root"}, id="env-ordinary"),
])
def test_staged_env_without_agent(repo: Path, env: dict[str, str]) -> None:
    prov = detect_staged(repo, {**ident_env(HUMAN), **env})
    assert (prov.ai, prov.confidence, prov.summary) == (False, 0.0, NO_SIGNAL)


def test_env_is_not_read_in_range_mode(repo: Path) -> None:
    commit(repo, "Fix")
    assert not one(repo, {"CLAUDECODE": "1", "CURSOR_AGENT": "1"}).ai


@pytest.mark.parametrize(("env", "config", "signal"), [
    pytest.param(ident_env(("Jane Doe (aider)", "jane@example.com")), None, "aider-identity",
                 id="staged-identity-from-env"),
    pytest.param({}, ("Cursor Agent", "cursoragent@cursor.com"), "cursor-agent-identity",
                 id="staged-identity-from-config"),
    pytest.param(ident_env(HUMAN, ("copilot-swe-agent[bot]", f"198982749+Copilot@{BOT}")), None,
                 "copilot-agent-identity", id="staged-committer-from-env"),
])
def test_staged_identity(repo: Path, env: dict[str, str], config: tuple[str, str] | None, signal: str) -> None:
    if config:
        git(repo, "config", "user.name", config[0])
        git(repo, "config", "user.email", config[1])
    prov = detect_staged(repo, env)
    assert prov.ai and signal in {e.signal for e in prov.evidence}
    assert {e.source for e in prov.evidence} == {"identity"}


def test_staged_env_identity_overrides_process_env(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Jane Doe (aider)")
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "jane@example.com")
    assert not detect_staged(repo, ident_env(HUMAN)).ai


MESSAGES = [
    pytest.param("Add x\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n", True, "cursor-coauthor",
                 id="msg-trailer"),
    pytest.param("Add x\n\nMade-with: Cursor\n# Please enter the commit message for your changes.\n", True,
                 "cursor-made-with", id="msg-trailer-before-comments"),
    pytest.param("Add x\n# Co-authored-by: Claude <noreply@anthropic.com>\n", False, None, id="msg-commented-out"),
    pytest.param("Add x\n\n# ------------------------ >8 ------------------------\n"
                 "diff --git a/x b/x\n+🤖 Generated with [Claude Code](https://claude.com/claude-code)\n",
                 False, None, id="msg-after-scissors"),
    pytest.param("aider: add x\n", True, "aider-prefix", id="msg-aider-prefix"),
]


@pytest.mark.parametrize(("message", "ai", "signal"), MESSAGES)
def test_commit_msg_stage(repo: Path, message: str, ai: bool, signal: str | None) -> None:
    prov = detect_staged(repo, ident_env(HUMAN), message)
    assert prov.subject == "message" and prov.ai is ai
    assert [e.signal for e in prov.evidence] == ([signal] if signal else [])


BRANCHES = [
    pytest.param("copilot/fix-login", "copilot-branch", "GitHub Copilot", id="branch-copilot"),
    pytest.param("cursor/refactor-db-9f2c", "cursor-branch", "Cursor", id="branch-cursor"),
    pytest.param("codex/add-tests", "codex-branch", "OpenAI Codex", id="branch-codex"),
    pytest.param("claude/issue-12-20260101", "claude-branch", "Claude Code", id="branch-claude"),
]


@pytest.mark.parametrize(("branch", "signal", "tool"), BRANCHES)
def test_branch_prefix(repo: Path, branch: str, signal: str, tool: str) -> None:
    git(repo, "checkout", "-q", "-b", branch)
    staged = detect_staged(repo, ident_env(HUMAN))  # pre-commit: the checked-out branch
    commit(repo, "Fix")
    checked_out = one(repo)  # range mode, no CI: the branch head names
    git(repo, "checkout", "-q", "--detach")
    in_ci = one(repo, {"GITHUB_HEAD_REF": branch})  # CI: detached, branch from the event
    for prov in (staged, checked_out, in_ci):
        assert (prov.ai, prov.confidence, prov.tools) == (True, 0.6, (tool,))
        assert prov.evidence[0].signal == signal and prov.evidence[0].source == "branch"


@pytest.mark.parametrize("branch", ["feature/copilot/x", "copilots/x", "main", "my-cursor/x"])
def test_branch_not_agent(repo: Path, branch: str) -> None:
    commit(repo, "Fix")
    assert not one(repo, {"GITHUB_HEAD_REF": branch}).ai


PR_AUTHORS = [
    pytest.param("Copilot", "GitHub Copilot", id="pr-author-Copilot"),
    pytest.param("copilot-swe-agent[bot]", "GitHub Copilot", id="pr-author-copilot-swe-agent"),
    pytest.param("claude[bot]", "Claude Code", id="pr-author-claude-bot"),
    pytest.param("chatgpt-codex-connector[bot]", "OpenAI Codex", id="pr-author-codex"),
    pytest.param("devin-ai-integration[bot]", "Devin", id="pr-author-devin"),
    pytest.param("google-labs-jules[bot]", "Jules", id="pr-author-jules"),
    pytest.param("amazon-q-developer[bot]", "Amazon Q Developer", id="pr-author-amazon-q"),
    pytest.param("factory-droid[bot]", "Factory", id="pr-author-factory"),
]


def _event(tmp_path: Path, login: str, ref: str = "fix-login") -> dict[str, str]:
    path = tmp_path / "event.json"
    path.write_text(json.dumps({"action": "opened", "pull_request": {"user": {"login": login, "type": "Bot"},
                                                                       "head": {"ref": ref}}}))
    return {"GITHUB_EVENT_PATH": str(path)}


@pytest.mark.parametrize(("login", "tool"), PR_AUTHORS)
def test_pr_author(repo: Path, tmp_path: Path, login: str, tool: str) -> None:
    commit(repo, "Fix")
    commit(repo, "Fix again")
    provs = detect_range(repo, "HEAD~2", "HEAD", _event(tmp_path, login))
    for prov in provs:
        assert (prov.ai, prov.confidence, prov.tools) == (True, 0.6, (tool,))
        assert prov.evidence[0].source == "pr-author" and prov.evidence[0].matched == login


def test_pr_event_head_ref_is_a_branch_signal(repo: Path, tmp_path: Path) -> None:
    commit(repo, "Fix")
    prov = one(repo, _event(tmp_path, "octocat", ref="copilot/fix-login"))
    assert [(e.signal, e.source) for e in prov.evidence] == [("copilot-branch", "branch")]


@pytest.mark.parametrize("content", ["{not json", "[]", '{"pull_request": null}', '{"pull_request": {"user": 3}}'])
def test_pr_event_unreadable_is_ignored(repo: Path, tmp_path: Path, content: str) -> None:
    commit(repo, "Fix")
    (tmp_path / "event.json").write_text(content)
    assert not one(repo, {"GITHUB_EVENT_PATH": str(tmp_path / "event.json")}).ai
    assert not one(repo, {"GITHUB_EVENT_PATH": str(tmp_path / "missing.json")}).ai


def test_human_pr_author(repo: Path, tmp_path: Path) -> None:
    commit(repo, "Fix")
    assert not one(repo, _event(tmp_path, "octocat")).ai


def test_user_agents_file(repo: Path, tmp_path: Path) -> None:
    extra = tmp_path / "agents.toml"
    extra.write_text(
        "[[signal]]\nid = 'acme-trailer'\ntool = 'Acme Coder'\nkind = 'trailer'\n"
        "read = ['trailer:Generated-by']\npattern = '^acme-coder\\b'\n\n"
        "[[signal]]\nid = 'claude-footer'\nenabled = false\n\n"
        "[[signal]]\nid = 'acme-weak'\ntool = 'Acme Coder'\nkind = 'branch'\nread = ['branch']\n"
        "pattern = '^acme/'\nweight = 0.3\n",
    )
    agents = load_agents(extra)
    assert "claude-footer" not in {s.id for s in agents.signals}
    commit(repo, "Fix\n\nGenerated-by: acme-coder 2.1")
    commit(repo, "Fix\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)")
    newer, older = detect_range(repo, "HEAD~2", "HEAD", {}, agents=agents)
    assert older.ai and older.tools == ("Acme Coder",) and older.evidence[0].matched == "Generated-by: acme-coder 2.1"
    assert not newer.ai  # the bundled signal was switched off
    assert detect_range(repo, "HEAD~1", "HEAD", {})[0].ai  # and is on without the user file
    weak = detect_range(repo, "HEAD~1", "HEAD", {"GITHUB_HEAD_REF": "acme/x"}, agents=agents)[0]
    assert (weak.ai, weak.confidence) == (False, 0.3) and weak.summary.startswith("weak AI signal")


@pytest.mark.parametrize(("content", "message"), [
    pytest.param("[[signal]]\nid = 'x'\nread = ['message']\npattern = '('\n", "bad pattern", id="bad-regex"),
    pytest.param("[[signal]]\nid = 'x'\nread = ['elsewhere']\npattern = 'a'\n", "unknown read", id="bad-read"),
    pytest.param("[[signal]]\nid = 'x'\nread = ['message']\npattern = 'a'\nweight = 2\n", "weight", id="bad-weight"),
    pytest.param("[[signal]\n", "not valid TOML", id="bad-toml"),
    pytest.param("[[notes]]\nref = 'refs/heads/x'\nformat = 'git-ai'\n", "refs/notes", id="bad-notes-ref"),
])
def test_user_agents_file_errors(tmp_path: Path, content: str, message: str) -> None:
    extra = tmp_path / "agents.toml"
    extra.write_text(content)
    with pytest.raises(FatalError, match=message):
        load_agents(extra)
    with pytest.raises(FatalError, match="cannot read"):
        load_agents(tmp_path / "missing.toml")


def test_bundled_catalog_is_complete() -> None:
    agents = load_agents()
    tools = {s.tool for s in agents.signals}
    assert tools >= {"Claude Code", "GitHub Copilot", "Aider", "Cursor", "OpenAI Codex", "Devin", "Jules",
                     "Gemini CLI", "Amazon Q Developer", "Windsurf", "Factory"}
    assert [n.ref for n in agents.notes] == ["refs/notes/ai", "refs/notes/agent-trace"]
    assert len({s.id for s in agents.signals}) == len(agents.signals)


@pytest.mark.parametrize(("message", "expected"), [
    ("subject only", []),
    ("s\n\nKey: v\nOther-Key: w\n  continued", [("Key", "v"), ("Other-Key", "w continued")]),
    ("s\n\nprose line\nprose\nprose\nprose\nKey: v", []),
    ("s\n\nKey: v\n\nfinal prose paragraph", []),
])
def test_trailer_block(message: str, expected: list[tuple[str, str]]) -> None:
    assert trailers(message) == expected


def test_bad_range_is_a_clear_error(repo: Path) -> None:
    commit(repo, "human")
    with pytest.raises(FatalError, match="base revision 'no-such-rev' does not exist in this repository"):
        detect_range(repo, "no-such-rev", "HEAD", {})
    with pytest.raises(FatalError, match="head revision 'no-such-head' does not exist"):
        detect_range(repo, "HEAD", "no-such-head", {})


def test_render_and_json(repo: Path) -> None:
    commit(repo, "human")
    commit(repo, "agent\n\nCo-Authored-By: Claude <noreply@anthropic.com>")
    provs = detect_range(repo, "HEAD~2", "HEAD", {})
    text = render_text(provs)
    assert "AI-authored  confidence 0.95  agent" in text
    assert "trailer   claude-coauthor (0.95): Co-authored-by: Claude <noreply@anthropic.com>" in text
    assert "no AI signal  confidence 0.00  human" in text and NO_SIGNAL in text
    data = json.loads(json.dumps(to_json(provs)))
    assert [d["ai"] for d in data] == [True, False]
    assert data[0]["evidence"][0]["source"] == "trailer" and data[0]["tools"] == ["Claude Code"]
    assert render_text([]) == ""
