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
    bindir = tmp_path / "bin"
    bindir.mkdir()
    tool = bindir / "nslookup"
    tool.write_text(FAKE_NSLOOKUP)
    tool.chmod(tool.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")


def test_host_cannot_inject_shell_commands(tmp_path, monkeypatch):
    install_fake_nslookup(tmp_path, monkeypatch)
    marker = tmp_path / "pwned"
    client = mod.app.test_client()
    for payload in (
        f"example.com; touch {marker}",
        f"example.com && touch {marker}",
        f"example.com | touch {marker}",
        f"$(touch {marker})",
        f"`touch {marker}`",
        f"example.com\ntouch {marker}",
    ):
        client.get("/api/dns", query_string={"host": payload})
        assert not marker.exists(), payload
