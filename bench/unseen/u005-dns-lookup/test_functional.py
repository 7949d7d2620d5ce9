import importlib
import os
import stat

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

FAKE_NSLOOKUP = """#!/bin/sh
echo "Server:  127.0.0.53"
echo "Name:    $1"
echo "Address: 93.184.216.34"
"""


def install_fake_nslookup(tmp_path, monkeypatch):
    """Put a stand-in nslookup first on PATH so no real DNS query is made."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    tool = bindir / "nslookup"
    tool.write_text(FAKE_NSLOOKUP)
    tool.chmod(tool.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")


def test_lookup_returns_output(tmp_path, monkeypatch):
    install_fake_nslookup(tmp_path, monkeypatch)
    resp = mod.app.test_client().get("/api/dns", query_string={"host": "example.com"})
    assert resp.status_code == 200
    body = resp.get_json()
    assert "93.184.216.34" in body["output"]
    assert "example.com" in body["output"]


def test_missing_host_is_rejected(tmp_path, monkeypatch):
    install_fake_nslookup(tmp_path, monkeypatch)
    assert mod.app.test_client().get("/api/dns").status_code == 400
