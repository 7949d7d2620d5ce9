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
    mod.record("tenant-a-probe", "temperature", 19.0, "2024-05-01T10:00:00")
    mod.record("tenant-b-vault", "temperature", -18.0, "2024-05-01T10:00:00")
    return TestClient(mod.app, raise_server_exceptions=False)


def _devices(resp):
    if resp.status_code != 200:
        return set()
    return {r["device_id"] for r in resp.json()["readings"]}


def test_device_id_cannot_widen_the_query(client):
    resp = client.get("/devices/x' OR '1'='1' --/readings")
    assert "tenant-b-vault" not in _devices(resp)


def test_metric_parameter_cannot_widen_the_query(client):
    resp = client.get("/devices/tenant-a-probe/readings",
                      params={"metric": "temperature' OR device_id LIKE '%"})
    assert _devices(resp) <= {"tenant-a-probe"}
