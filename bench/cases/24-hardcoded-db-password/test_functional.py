from __future__ import annotations

import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture(autouse=True)
def deployed_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTS_DB_PASSWORD", "pw-from-vault")


def test_config_fields() -> None:
    cfg = mod.get_db_config("sales")
    assert (cfg.host, cfg.port, cfg.user, cfg.database) == (mod.DB_HOST, 5432, "reporting", "sales")
    assert cfg.password


def test_dsn_shape() -> None:
    dsn = mod.get_db_config().dsn()
    assert dsn.startswith("postgresql://reporting:") and dsn.endswith(f"@{mod.DB_HOST}:5432/reports")
