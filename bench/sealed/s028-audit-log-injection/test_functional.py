import importlib
import io
import logging
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
mod.create_user("alice", "wonderland-42")


@pytest.fixture
def audit_stream():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    yield stream
    root.removeHandler(handler)


def test_success_is_logged(audit_stream):
    resp = mod.app.test_client().post("/login", json={"username": "alice", "password": "wonderland-42"})
    assert resp.status_code == 200 and resp.get_json() == {"ok": True}
    text = audit_stream.getvalue()
    assert "INFO:portal.audit:login success" in text
    assert "alice" in text


def test_failure_is_logged(audit_stream):
    resp = mod.app.test_client().post("/login", json={"username": "mallory", "password": "guess"})
    assert resp.status_code == 401
    lines = audit_stream.getvalue().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("WARNING:portal.audit:login failure") and "mallory" in lines[0]
