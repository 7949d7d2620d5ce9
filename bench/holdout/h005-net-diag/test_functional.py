import importlib
import os
import stat

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

FAKE_PING = """#!/bin/sh
echo "PING $5 56(84) bytes of data."
echo "64 bytes from $5: icmp_seq=1 ttl=64 time=1.20 ms"
echo "64 bytes from $5: icmp_seq=2 ttl=64 time=1.80 ms"
"""


@pytest.fixture()
def client(tmp_path, monkeypatch):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    ping = bindir / "ping"
    ping.write_text(FAKE_PING)
    ping.chmod(ping.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    mod.app.config["ADMIN_TOKEN"] = "t0ken"
    return mod.app.test_client()


AUTH = {"Authorization": "Bearer t0ken"}


def test_ping_summarizes_replies(client):
    resp = client.get("/admin/diag/ping?host=gw.office.lan&count=2", headers=AUTH)
    assert resp.status_code == 200
    data = resp.get_json()
    assert data["replies"] == 2 and data["avg_ms"] == 1.5
    assert "gw.office.lan" in data["raw"]


def test_ip_address_host(client):
    resp = client.get("/admin/diag/ping?host=10.0.0.1", headers=AUTH)
    assert resp.get_json()["replies"] == 2


def test_requires_token_and_host(client):
    assert client.get("/admin/diag/ping?host=10.0.0.1").status_code == 401
    assert client.get("/admin/diag/ping", headers=AUTH).status_code == 400
