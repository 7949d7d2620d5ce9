import importlib
import os

from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_semicolon_does_not_run_second_command(tmp_path, monkeypatch):
    monkeypatch.setattr(mod, "PING_CMD", "echo")
    marker = tmp_path / "PWNED"
    TestClient(mod.app).get("/diag/ping", params={"host": f"example.com; touch {marker}"})
    assert not marker.exists()


def test_command_substitution_not_evaluated(tmp_path, monkeypatch):
    monkeypatch.setattr(mod, "PING_CMD", "echo")
    marker = tmp_path / "SUBST"
    resp = TestClient(mod.app).get("/diag/ping", params={"host": f"$(touch {marker})"})
    assert not marker.exists()
    assert resp.status_code in (200, 400, 422)
