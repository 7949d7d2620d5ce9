import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_health_and_queues(monkeypatch):
    monkeypatch.setattr(mod, "queue_depth", lambda name: len(name))
    client = mod.create_app("testing").test_client()
    assert client.get("/health").get_json() == {"status": "ok"}
    data = client.get("/api/queues").get_json()
    assert data == {"queues": {"emails": 6, "exports": 7, "webhooks": 8}, "refresh": 30}


def test_config_selection(monkeypatch):
    assert mod.create_app("development").debug is True
    assert mod.create_app("production").config["REFRESH_SECONDS"] == 10
    monkeypatch.setenv("DASHBOARD_ENV", "testing")
    assert mod.create_app().testing is True
