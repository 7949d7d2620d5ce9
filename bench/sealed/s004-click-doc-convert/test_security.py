import importlib
import os
import stat

from click.testing import CliRunner

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_file_name_cannot_run_second_command(tmp_path, monkeypatch):
    script = tmp_path / "fakeconv"
    script.write_text('#!/bin/sh\ncp "$1" "$3"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(mod, "CONVERTER", str(script))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    evil = "notes;touch PWNED;.md"
    (work / evil).write_text("data")
    CliRunner().invoke(mod.main, [evil])
    assert not (work / "PWNED").exists()


def test_subshell_in_name_not_executed(tmp_path, monkeypatch):
    monkeypatch.setattr(mod, "CONVERTER", "true")
    monkeypatch.chdir(tmp_path)
    evil = "report$(touch MARKER).md"
    (tmp_path / evil).write_text("data")
    CliRunner().invoke(mod.main, [evil])
    assert not (tmp_path / "MARKER").exists()
