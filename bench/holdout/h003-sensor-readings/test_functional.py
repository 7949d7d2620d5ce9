import importlib
import os

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client():
    with mod.engine.begin() as conn:
        conn.execute(text("DELETE FROM sensor_readings"))
    mod.record("greenhouse-1", "temperature", 21.5, "2024-05-01T10:00:00")
    mod.record("greenhouse-1", "temperature", 22.0, "2024-05-01T11:00:00")
    mod.record("greenhouse-1", "humidity", 0.61, "2024-05-01T11:00:00")
    mod.record("cellar-2", "temperature", 12.3, "2024-05-01T11:00:00")
    return TestClient(mod.app)


def test_readings_newest_first(client):
    data = client.get("/devices/greenhouse-1/readings").json()
    assert [r["value"] for r in data["readings"]] == [22.0, 21.5]


def test_metric_and_since_filters(client):
    data = client.get("/devices/greenhouse-1/readings",
                      params={"metric": "humidity"}).json()
    assert [r["value"] for r in data["readings"]] == [0.61]
    data = client.get("/devices/greenhouse-1/readings",
                      params={"since": "2024-05-01T10:30:00+00:00"}).json()
    assert [r["value"] for r in data["readings"]] == [22.0]


def test_limit_and_bad_since(client):
    data = client.get("/devices/greenhouse-1/readings", params={"limit": 1}).json()
    assert len(data["readings"]) == 1
    assert client.get("/devices/greenhouse-1/readings",
                      params={"since": "yesterday"}).status_code == 422
