import importlib
import os
import stat

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client(tmp_path, monkeypatch):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    ping = bindir / "ping"
    ping.write_text("#!/bin/sh\necho 'time=1.0 ms'\n")
    ping.chmod(ping.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    mod.app.config["ADMIN_TOKEN"] = "t0ken"
    return mod.app.test_client()


@pytest.mark.parametrize("payload", [
    "127.0.0.1; touch {m}",
    "127.0.0.1 && touch {m}",
    "$(touch {m})",
    "127.0.0.1`touch {m}`",
])
def test_host_cannot_inject_commands(client, tmp_path, payload):
    marker = tmp_path / "pwned"
    try:
        client.get("/admin/diag/ping", query_string={"host": payload.format(m=marker)},
                   headers={"Authorization": "Bearer t0ken"})
    except Exception:
        pass
    assert not marker.exists(), "host parameter executed a second shell command"
