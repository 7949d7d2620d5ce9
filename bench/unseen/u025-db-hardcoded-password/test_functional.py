import importlib
import os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PASSWORD_VARS = ("WAREHOUSE_DB_PASSWORD", "DB_PASSWORD", "DATABASE_PASSWORD", "MYSQL_PASSWORD",
                 "REPORTING_DB_PASSWORD", "WAREHOUSE_PASSWORD")


@pytest.fixture(autouse=True)
def password_env(monkeypatch):
    for name in PASSWORD_VARS:
        monkeypatch.setenv(name, "pw-from-environment")


class RecordingConnector:
    def __init__(self):
        self.calls = []

    def __call__(self, **kwargs):
        self.calls.append(kwargs)
        return sqlite3.connect(":memory:")


def test_connects_with_configured_target():
    connector = RecordingConnector()
    db = mod.WarehouseDB(connector)
    db.connect()
    db.connect()
    assert len(connector.calls) == 1
    kwargs = connector.calls[0]
    assert kwargs["host"] == "warehouse.internal"
    assert kwargs["user"] == "reporting"
    assert kwargs["database"] == "analytics"
    assert kwargs.get("password")


def test_fetch_all():
    db = mod.WarehouseDB(RecordingConnector())
    assert db.fetch_all("SELECT ? + 1", (41,)) == [(42,)]
    db.close()
