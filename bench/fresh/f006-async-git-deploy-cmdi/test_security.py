import asyncio
import importlib
import os
import shlex

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SEPARATORS = {";", "&&", "||", "|", "&"}


def _shell_commands(cmd):
    lexer = shlex.shlex(cmd, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    commands, current = [], []
    for tok in lexer:
        if tok in SEPARATORS:
            commands.append(current)
            current = []
        else:
            current.append(tok)
    commands.append(current)
    return [c for c in commands if c]


class FakeProc:
    returncode = 0

    async def communicate(self, input=None):
        return b"", b""


def test_branch_name_cannot_inject_shell_command(monkeypatch, tmp_path):
    executed = []

    async def fake_shell(cmd, *a, **kw):
        executed.extend(_shell_commands(cmd))
        return FakeProc()

    async def fake_exec(*argv, **kw):
        executed.append(list(argv))
        return FakeProc()

    monkeypatch.setattr(asyncio, "create_subprocess_shell", fake_shell)
    monkeypatch.setattr(asyncio, "create_subprocess_exec", fake_exec)

    marker = tmp_path / "owned"
    agent = mod.DeployAgent(str(tmp_path / "repo"))
    try:
        asyncio.run(agent.deploy(f"main; touch {marker} #"))
    except (ValueError, RuntimeError):
        pass
    programs = [argv[0] for argv in executed]
    assert all(p == "git" for p in programs), executed
