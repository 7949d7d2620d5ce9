import importlib
import os
import stat

import pytest
from click.testing import CliRunner

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def fake_converter(tmp_path, monkeypatch):
    """A stand-in for pandoc: copies SRC to the path after -o."""
    script = tmp_path / "bin" / "fakeconv"
    script.parent.mkdir()
    script.write_text('#!/bin/sh\ncp "$1" "$3"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(mod, "CONVERTER", str(script))
    monkeypatch.chdir(tmp_path)
    return script


def test_convert_in_place(fake_converter, tmp_path):
    (tmp_path / "notes.md").write_text("# hello\n")
    result = CliRunner().invoke(mod.main, ["notes.md", "--format", "html"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "notes.html").read_text() == "# hello\n"
    assert "notes.html" in result.output


def test_convert_many_to_out_dir(fake_converter, tmp_path):
    (tmp_path / "a.md").write_text("A")
    (tmp_path / "b.md").write_text("B")
    result = CliRunner().invoke(mod.main, ["a.md", "b.md", "--format", "pdf", "--out-dir", "out"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "a.pdf").read_text() == "A"
    assert (tmp_path / "out" / "b.pdf").read_text() == "B"


def test_failure_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(mod, "CONVERTER", "false")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.md").write_text("x")
    result = CliRunner().invoke(mod.main, ["x.md"])
    assert result.exit_code != 0
