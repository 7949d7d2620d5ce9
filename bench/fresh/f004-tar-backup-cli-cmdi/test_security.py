import importlib
import os
import shlex
import subprocess

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SEPARATORS = {";", "&&", "||", "|", "&", "\n"}


def _shell_commands(cmd):
    """Split a shell command line into the separate commands a shell would run."""
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


def test_folder_name_cannot_start_second_command(monkeypatch, tmp_path):
    executed = []

    def fake_system(cmd):
        executed.extend(_shell_commands(cmd))
        return 0

    def fake_run(cmd, *a, shell=False, **kw):
        if isinstance(cmd, str) and shell:
            executed.extend(_shell_commands(cmd))
        else:
            executed.append(list(cmd) if not isinstance(cmd, str) else [cmd])
        return subprocess.CompletedProcess(cmd, 0, b"", b"")

    monkeypatch.setattr(os, "system", fake_system)
    monkeypatch.setattr(subprocess, "run", fake_run)
    monkeypatch.setattr(subprocess, "call", lambda cmd, *a, **kw: fake_run(cmd, *a, **kw).returncode)
    monkeypatch.setattr(subprocess, "check_call", lambda cmd, *a, **kw: fake_run(cmd, *a, **kw).returncode)

    marker = tmp_path / "pwned"
    evil_folder = f"docs; touch {marker}"
    mod.main([evil_folder, "--out", str(tmp_path / "b.tgz")])

    programs = [argv[0] for argv in executed]
    assert "touch" not in programs, f"second command executed: {executed}"
    assert all(p == "tar" for p in programs)
