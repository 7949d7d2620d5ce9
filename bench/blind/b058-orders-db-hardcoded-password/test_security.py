"""The password must come from the environment (ORDERS_DB_PASSWORD), never from the source."""
import importlib, os
import secrets

from sqlalchemy.engine import make_url

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PASSWORD_VARS = ("ORDERS_DB_PASSWORD", "DB_PASSWORD", "DATABASE_PASSWORD", "ORDERS_DB_PASS", "PGPASSWORD")


def test_password_taken_from_environment(monkeypatch):
    rotated = "rotated-" + secrets.token_hex(8)
    for name in PASSWORD_VARS:
        monkeypatch.setenv(name, rotated)
    importlib.reload(mod)
    url = make_url(mod.database_url())
    assert url.password == rotated, "password in URL is not the configured one (hard-coded literal)"


def test_no_builtin_password_fallback(monkeypatch):
    for name in PASSWORD_VARS:
        monkeypatch.delenv(name, raising=False)
    try:
        importlib.reload(mod)
        url = mod.database_url()
    except Exception:
        return  # a clear error when the secret is missing is the expected behaviour
    leaked = make_url(url).password
    assert not leaked, f"built-in password used when none is configured: {leaked!r}"
