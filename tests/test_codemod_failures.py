"""A codemod that raises is a bug: raised under tests, and in use logged with its traceback and counted in the run's
repair statistics, never a silent "no candidate"."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import samples
from gitrepo import stage

from aiharden.cli import main
from aiharden.repair import codemods
from aiharden.repair import failures


def _broken_sql(monkeypatch: pytest.MonkeyPatch) -> None:
    real = codemods._families

    def families() -> dict:
        table = dict(real())

        def sql(ctx: object) -> list:
            raise KeyError("a shape the family misread")

        table["sql"] = sql
        return table

    monkeypatch.setattr(codemods, "_families", families)


def test_under_tests_a_failing_codemod_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    _broken_sql(monkeypatch)
    line = samples.SQLI.splitlines().index(next(ln for ln in samples.SQLI.splitlines() if "execute" in ln)) + 1
    with pytest.raises(KeyError):
        codemods.propose(samples.SQLI, "sql-fstring-query", (89,), line, line)


def test_in_use_it_is_logged_and_counted_and_the_run_goes_on(repo: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(failures.STRICT_ENV)
    _broken_sql(monkeypatch)
    stage(repo, {"db.py": samples.SQLI})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--format", "json", "--n-best", "0",
                 "--sarif", str(tmp_path / "out.sarif")]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["findings"]  # the scan and the other families went on
    stats = json.loads((tmp_path / "out.sarif").read_text())["runs"][0]["properties"]["repair"]
    assert stats["codemod_failures"] == {"sql": 1}
    log = (Path(os.environ["AIHARDEN_CACHE"]) / "aiharden.log").read_text()  # conftest's cache folder
    assert "codemod sql failed on line" in log and "KeyError: 'a shape the family misread'" in log
