"""Hard-coded secrets (CWE-798/259/321) are reported by shape, never by value: not in text, JSON or SARIF."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from gitrepo import stage

from aiharden.cli import main
from aiharden.fixer import unified_diff
from aiharden.util import redact_literals

# bandit's hard-coded password tests (B105-B107) on: the default skips them as our own rules cover the case
CONFIG = '[tool.aiharden]\nbandit-skip = ["B101"]\n'
SECRETS = '''\
import os

import psycopg2

DB_PASSWORD = "S3cr3t-double-1"
db_pass = 'S3cr3t-single-2'
SECRET_KEY = """S3cr3t-triple-3"""
api_token = f"S3cr3t-fstring-4{os.getpid()}"
signing_secret = b"S3cr3t-bytes-5"
CONFIG = {"password": "S3cr3t-dict-6", "user": "app"}


def connect():
    return psycopg2.connect(host="db", password="S3cr3t-kwarg-7")


def login(user, password="S3cr3t-default-8"):
    return user, password
'''
FLAGGED = {5, 6, 7, 10, 14, 17}  # double, single, triple quotes, dict literal, keyword argument, default argument
LEAK = re.compile(r"S3cr3t-[a-z]+-\d")


def _leaks(text: str) -> list[str]:
    return LEAK.findall(text)


@pytest.fixture
def secret_repo(repo: Path) -> Path:
    stage(repo, {"settings.py": SECRETS, "pyproject.toml": CONFIG})
    return repo


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_no_output_repeats_a_secret(secret_repo: Path, tmp_path: Path, fmt: str, sarif_validator: Any,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    sarif = tmp_path / "out.sarif"
    rc = main(["check", "--scope", "all", "--repo", str(secret_repo), "--no-repair", "--format", fmt,
               "--sarif", str(sarif)])
    captured = capsys.readouterr()
    assert rc == 1
    assert _leaks(captured.out + captured.err) == []
    assert _leaks(sarif.read_text()) == []
    log = json.loads(sarif.read_text())
    sarif_validator.validate(log)
    secret_lines = {r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in log["runs"][0]["results"]
                    if {"CWE-798", "CWE-259", "CWE-321"} & set(r["properties"]["cwe"])}
    assert FLAGGED <= secret_lines
    if fmt == "json":
        data = json.loads(captured.out)
        snippets = {f["start_line"]: f["snippet"] for f in data["findings"]}
        assert snippets[5] == 'DB_PASSWORD = "***"'  # the shape of the line stays
        assert snippets[7] == 'SECRET_KEY = """***"""'
        assert all("***" in snippets[line] for line in FLAGGED)


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param('PASSWORD = "hunter22"', 'PASSWORD = "***"', id="double"),
    pytest.param("PASSWORD = 'hunter22'", "PASSWORD = '***'", id="single"),
    pytest.param('KEY = """hunter22"""', 'KEY = """***"""', id="triple"),
    pytest.param("KEY = '''hunter22'''", "KEY = '''***'''", id="triple-single"),
    pytest.param('KEY = f"hunter22{x}"', 'KEY = f"***"', id="f-string"),
    pytest.param('KEY = b"hunter22"', 'KEY = b"***"', id="bytes"),
    pytest.param('KEY = rb"hunter\\22"', 'KEY = rb"***"', id="raw-bytes"),
    pytest.param('connect(password="hunter22", user="u")', 'connect(password="***", user="***")', id="kwargs"),
    pytest.param('{"password": "hunter22"}', '{"***": "***"}', id="dict"),
    pytest.param("Possible hardcoded password: 'hunter22' (B105)", "Possible hardcoded password: '***' (B105)",
                 id="bandit-message"),
    pytest.param('KEY = "it\'s hunter22"', 'KEY = "***"', id="other-quote-inside"),
])
def test_redaction_keeps_the_shape_never_the_value(line: str, expected: str) -> None:
    assert redact_literals(line) == expected
    assert "hunter" not in redact_literals(line)


def test_redacted_patch_keeps_the_repair_and_drops_the_secret() -> None:
    old = 'import os\n\nDB_USER = "admin-user"\nDB_PASSWORD = "hunter2-very-secret"\n'
    new = old.replace('"hunter2-very-secret"', 'os.environ["DB_PASSWORD"]')
    patch = unified_diff("settings.py", old, new, redact=True)
    assert "hunter2" not in patch and "admin-user" not in patch
    assert '+DB_PASSWORD = os.environ["DB_PASSWORD"]\n' in patch
    assert '-DB_PASSWORD = "***"\n' in patch
    assert "hunter2" in unified_diff("settings.py", old, new)  # only when asked: other patches stay exact
