"""Environment used: ORDERS_DB_PASSWORD (the database password), ORDERS_DB_HOST/PORT/USER."""
import importlib, os

import pytest
from sqlalchemy.engine import make_url

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture(autouse=True)
def env(monkeypatch):
    monkeypatch.setenv("ORDERS_DB_PASSWORD", "test-pass-123")
    for name in ("ORDERS_DB_HOST", "ORDERS_DB_PORT", "ORDERS_DB_USER"):
        monkeypatch.delenv(name, raising=False)
    importlib.reload(mod)
    yield
    importlib.reload(mod)


def test_default_url_parts():
    url = make_url(mod.database_url())
    assert url.drivername == "postgresql+psycopg2"
    assert url.host == "orders-db.internal"
    assert url.port == 5432
    assert url.username == "orders_app"
    assert url.database == "orders"
    assert url.password


def test_other_database():
    assert make_url(mod.database_url("orders_reporting")).database == "orders_reporting"


def test_host_and_user_from_env(monkeypatch):
    monkeypatch.setenv("ORDERS_DB_HOST", "replica.internal")
    monkeypatch.setenv("ORDERS_DB_PORT", "6543")
    monkeypatch.setenv("ORDERS_DB_USER", "reporter")
    importlib.reload(mod)
    url = make_url(mod.database_url())
    assert (url.host, url.port, url.username) == ("replica.internal", 6543, "reporter")


def test_make_engine_arguments(monkeypatch):
    seen = {}

    def fake_create_engine(url, **kwargs):
        seen["url"] = url
        seen["kwargs"] = kwargs
        return "ENGINE"

    monkeypatch.setattr(mod, "create_engine", fake_create_engine)
    assert mod.make_engine("orders", echo=True) == "ENGINE"
    assert make_url(seen["url"]).database == "orders"
    assert seen["kwargs"] == {"pool_size": 5, "max_overflow": 10, "pool_pre_ping": True, "echo": True}
