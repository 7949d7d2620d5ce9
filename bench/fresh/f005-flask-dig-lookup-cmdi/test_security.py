import importlib
import os
import shlex
import subprocess

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


def _record(monkeypatch):
    executed, shell_lines = [], []

    def fake(cmd, *a, shell=False, **kw):
        if isinstance(cmd, str) and shell:
            shell_lines.append(cmd)
            executed.extend(_shell_commands(cmd))
        else:
            executed.append([cmd] if isinstance(cmd, str) else list(cmd))
        return b"127.0.0.1\n"

    def fake_system(cmd):
        shell_lines.append(cmd)
        executed.extend(_shell_commands(cmd))
        return 0

    for name in ("check_output", "run", "call", "check_call"):
        monkeypatch.setattr(subprocess, name, fake)
    monkeypatch.setattr(os, "system", fake_system)
    return executed, shell_lines


def test_semicolon_payload_runs_only_dig(monkeypatch):
    executed, _ = _record(monkeypatch)
    client = mod.app.test_client()
    client.get("/api/lookup", query_string={"domain": "example.com; cat /etc/passwd"})
    assert all(argv[0] == "dig" for argv in executed), executed


def test_command_substitution_never_reaches_a_shell(monkeypatch):
    _, shell_lines = _record(monkeypatch)
    client = mod.app.test_client()
    client.get("/api/lookup", query_string={"domain": "$(id>/tmp/x).example.com"})
    for line in shell_lines:
        lexer = shlex.shlex(line, posix=False)
        lexer.whitespace_split = True
        for token in lexer:
            # only single quotes stop /bin/sh from expanding $( ... )
            assert not ("$(" in token and not token.startswith("'")), line
