import importlib
import os
import shlex
import subprocess

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def calls(monkeypatch):
    recorded = []

    def fake_check_output(cmd, *a, **kw):
        argv = shlex.split(cmd) if isinstance(cmd, str) else list(cmd)
        recorded.append(argv)
        if argv[-1] == "MX":
            return b"10 mail.example.com.\n"
        return b"93.184.216.34\n\n"

    monkeypatch.setattr(subprocess, "check_output", fake_check_output)
    return recorded


def test_a_record_lookup(calls):
    resp = mod.app.test_client().get("/api/lookup", query_string={"domain": "example.com"})
    assert resp.status_code == 200
    assert resp.get_json() == {"domain": "example.com", "type": "A", "answers": ["93.184.216.34"]}
    assert calls == [["dig", "+short", "example.com", "A"]]


def test_mx_lookup(calls):
    resp = mod.app.test_client().get("/api/lookup?domain=example.com&type=mx")
    assert resp.get_json()["answers"] == ["10 mail.example.com."]


def test_missing_domain(calls):
    assert mod.app.test_client().get("/api/lookup").status_code == 400
    assert calls == []


def test_bad_record_type(calls):
    assert mod.app.test_client().get("/api/lookup?domain=a.com&type=AXFR").status_code == 400


def test_dig_failure_is_502(monkeypatch):
    def boom(cmd, *a, **kw):
        raise subprocess.CalledProcessError(9, cmd)

    monkeypatch.setattr(subprocess, "check_output", boom)
    assert mod.app.test_client().get("/api/lookup?domain=example.org").status_code == 502
