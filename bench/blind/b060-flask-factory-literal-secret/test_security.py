"""SECRET_KEY must come from configuration (NOTES_SECRET_KEY), not from a literal in the code."""
import importlib, os
import secrets

from flask.sessions import SecureCookieSessionInterface

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY_VARS = ("NOTES_SECRET_KEY", "SECRET_KEY", "FLASK_SECRET_KEY", "APP_SECRET_KEY")


def _forge_cookie(app, key, data):
    app_copy = mod.create_app({"SECRET_KEY": key})
    serializer = SecureCookieSessionInterface().get_signing_serializer(app_copy)
    return serializer.dumps(data)


def test_configured_key_is_used(monkeypatch):
    configured = secrets.token_hex(32)
    for name in KEY_VARS:
        monkeypatch.setenv(name, configured)
    importlib.reload(mod)
    app = mod.create_app()
    assert app.config["SECRET_KEY"] == configured, "SECRET_KEY ignores configuration (literal in code)"


def test_session_cannot_be_forged_with_source_key(monkeypatch):
    configured = secrets.token_hex(32)
    for name in KEY_VARS:
        monkeypatch.setenv(name, configured)
    importlib.reload(mod)
    for name in KEY_VARS:
        monkeypatch.delenv(name, raising=False)
    # whatever key the code would fall back to without configuration
    try:
        importlib.reload(mod)
        leaked = mod.create_app().config.get("SECRET_KEY")
    except Exception:
        leaked = None
    for name in KEY_VARS:
        monkeypatch.setenv(name, configured)
    importlib.reload(mod)
    app = mod.create_app()
    if leaked:
        cookie = _forge_cookie(app, leaked, {"user": "ana"})
        client = app.test_client()
        client.set_cookie("session", cookie)
        assert client.get("/me").status_code == 401, "session forged with the key found in the source"


def test_no_fixed_fallback_key(monkeypatch):
    for name in KEY_VARS:
        monkeypatch.delenv(name, raising=False)
    keys = []
    for _ in range(2):
        try:
            importlib.reload(mod)
            keys.append(mod.create_app().config.get("SECRET_KEY"))
        except Exception:
            return  # refusing to start without a key is the expected behaviour
    assert not keys[0] or keys[0] != keys[1], "a fixed built-in SECRET_KEY is used when none is configured"
