import importlib
import os
import re

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

LINE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} [A-Z]+ ")
FORGED = "2024-01-01 09:00:00,000 INFO login user=admin ip=10.0.0.1 agent=x result=success"


@pytest.fixture()
def logged(tmp_path):
    path = tmp_path / "audit.log"
    handler = mod.configure_audit_log(str(path))
    yield path, mod.app.test_client()
    mod.audit.removeHandler(handler)
    handler.close()


def _lines(path):
    return path.read_text(encoding="utf-8").splitlines()


def test_username_cannot_forge_audit_entries(logged):
    path, client = logged
    client.post("/login", json={"username": "eve\n" + FORGED, "password": "x"})
    lines = _lines(path)
    assert len(lines) == 1, f"one login produced {len(lines)} audit lines"
    assert all(LINE.match(l) for l in lines)


def test_user_agent_cannot_forge_audit_entries(logged):
    path, client = logged
    client.post("/login", json={"username": "eve", "password": "x"},
                environ_overrides={"HTTP_USER_AGENT": "curl/8\r\n" + FORGED})
    lines = _lines(path)
    assert not any(l.startswith("2024-01-01 09:00:00") for l in lines)
    assert len(lines) == 1
