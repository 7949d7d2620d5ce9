import importlib
import os
import sqlite3
import uuid

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PASSWORD_VARS = ("WAREHOUSE_DB_PASSWORD", "DB_PASSWORD", "DATABASE_PASSWORD", "MYSQL_PASSWORD",
                 "REPORTING_DB_PASSWORD", "WAREHOUSE_PASSWORD")


def captured_password():
    calls = []

    def connector(**kwargs):
        calls.append(kwargs)
        return sqlite3.connect(":memory:")

    try:
        mod.WarehouseDB(connector).connect()
    except Exception:
        return None
    return calls[0].get("password") if calls else None


def test_password_comes_from_the_environment(monkeypatch):
    secret = f"env-{uuid.uuid4().hex}"
    for name in PASSWORD_VARS:
        monkeypatch.setenv(name, secret)
    assert captured_password() == secret


def test_no_built_in_password_when_environment_is_empty(monkeypatch):
    for name in PASSWORD_VARS:
        monkeypatch.delenv(name, raising=False)
    # Either refuse to connect or connect without a password, never with a baked-in one.
    assert captured_password() in (None, "")
