"""Verification levels end to end: what --fix writes, what --fix-all adds, what JSON and SARIF say, and
`--test-cmd auto`."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from aiharden.cli import main
from aiharden.projecttests import importers

APP = textwrap.dedent('''
    import sqlite3

    from cryptography.hazmat.primitives.asymmetric import rsa


    def find(conn: sqlite3.Connection, name: str) -> list:
        """Mail addresses of one user."""
        return conn.execute(f"SELECT mail FROM users WHERE name = '{name}'").fetchall()


    def store_signing_key(store) -> None:
        store.save(rsa.generate_private_key(public_exponent=65537, key_size=1024))
''')
# the probe cannot build the store, so every call fails before the key is made: verified statically only
WEAK_KEY = "key_size=1024"


def _scan(repo: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    rc = main(["scan", "--repo", str(repo), "--format", "json", "--n-best", "0", *args, str(repo / "app.py")])
    return rc, json.loads(capsys.readouterr().out)


def test_fix_writes_probe_verified_repairs_and_keeps_static_ones_as_suggestions(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "app.py").write_text(APP)
    rc, out = _scan(tmp_path, capsys, "--fix", "--sarif", str(tmp_path / "out.sarif"))
    by_rule = {f["cwe"][0]: f["repair"] for f in out["findings"]}
    assert by_rule[89]["verification"] == "exploit" and by_rule[89]["probe"]["status"] == "blocked"
    assert by_rule[326]["verification"] == "static" and by_rule[326]["status"] == "fixed"
    text = (tmp_path / "app.py").read_text()
    assert "WHERE name = ?" in text  # written: the probe showed the exploit blocked
    assert WEAK_KEY in text  # not written: only the static gate judged it
    assert any("verified statically only" in n for n in out["notices"])
    assert rc == 1
    sarif = json.loads((tmp_path / "out.sarif").read_text())
    levels = {r["properties"]["repair"]["verification"] for r in sarif["runs"][0]["results"]}
    assert levels == {"exploit", "static"}

    rc, out = _scan(tmp_path, capsys, "--fix-all")
    assert WEAK_KEY not in (tmp_path / "app.py").read_text()


def test_no_probe_leaves_every_repair_static(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "app.py").write_text(APP)
    _, out = _scan(tmp_path, capsys, "--no-probe")
    assert {f["repair"]["verification"] for f in out["findings"]} == {"static"}
    assert all(f["repair"]["probe"] is None for f in out["findings"])


def test_test_cmd_auto_runs_the_tests_that_import_the_module(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "app.py").write_text(APP)
    tests = tmp_path / "tests"
    tests.mkdir()
    # a project test that pins the statement's text: the parameterised repair breaks it
    (tests / "test_app.py").write_text(textwrap.dedent('''
        import inspect
        import sys
        from pathlib import Path

        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        import app


        def test_statement_text():
            assert "name = '{name}'" in inspect.getsource(app.find)
    '''))
    (tests / "test_other.py").write_text("def test_nothing():\n    assert True\n")
    assert importers(tmp_path, "app.py") == ["tests/test_app.py"]
    _, out = _scan(tmp_path, capsys, "--test-cmd", "auto")
    sql = next(f["repair"] for f in out["findings"] if f["cwe"] == [89])
    assert sql["status"] == "rejected" and sql["code"] == "tests-fail"
    key = next(f["repair"] for f in out["findings"] if f["cwe"] == [326])
    assert key["verification"] == "tests" and key["tests_ok"] is True


def test_ci_uses_the_projects_own_tests_unless_told_otherwise(tmp_path: Path) -> None:
    from aiharden import config as config_mod
    from aiharden.commands import _auto_tests

    cfg = config_mod.load(tmp_path, None, {})
    assert _auto_tests(cfg, tmp_path).test_cmd is None  # no test files: nothing to run
    (tmp_path / "test_app.py").write_text("import app\n")
    assert _auto_tests(cfg, tmp_path).test_cmd == "auto"


def test_repair_sources_restrict_where_candidates_come_from(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "app.py").write_text(APP)
    _, out = _scan(tmp_path, capsys, "--repair-sources", "rule")
    assert all(f["repair"]["source"] in (None, "rule") for f in out["findings"])
    assert out["properties"]["repair"]["by_source"]["codemod"] == 0
    assert main(["scan", "--repo", str(tmp_path), "--repair-sources", "codemod,oracle", str(tmp_path / "app.py")]) == 2
