import importlib
import logging
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def logged(tmp_path):
    path = tmp_path / "audit.log"
    handler = mod.configure_audit_log(str(path))
    yield path, mod.app.test_client()
    mod.audit.removeHandler(handler)
    handler.close()


def test_successful_login_is_audited(logged):
    path, client = logged
    resp = client.post("/login", json={"username": "alice", "password": "wonderland-42"},
                       headers={"User-Agent": "Mozilla/5.0 (X11; Linux)", "X-Forwarded-For": "203.0.113.9"})
    assert resp.status_code == 200 and resp.get_json() == {"user": "alice"}
    line = path.read_text().strip()
    assert "INFO login user=alice ip=203.0.113.9" in line
    assert "agent=Mozilla/5.0 (X11; Linux)" in line and line.endswith("result=success")


def test_failed_login_is_audited(logged):
    path, client = logged
    resp = client.post("/login", data={"username": "bob", "password": "nope"})
    assert resp.status_code == 401
    assert "user=bob" in path.read_text() and "result=failure" in path.read_text()


def test_one_line_per_event(logged):
    path, client = logged
    for _ in range(3):
        client.post("/login", json={"username": "carol", "password": "x"})
    assert len(path.read_text().splitlines()) == 3
