import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for var in ("NOTES_DEBUG", "FLASK_DEBUG", "FLASK_ENV"):
        monkeypatch.delenv(var, raising=False)


def test_debug_off_by_default():
    app = mod.create_app()
    assert app.debug is False, "debug mode (interactive debugger) enabled in production factory"
    assert not app.config.get("DEBUG")


def test_debug_off_with_unrelated_overrides():
    app = mod.create_app({"MAX_CONTENT_LENGTH": 1024})
    assert app.debug is False


def test_errors_do_not_leak_traceback():
    app = mod.create_app()

    @app.get("/explode")
    def explode():
        raise RuntimeError("db password is hunter2")

    try:
        resp = app.test_client().get("/explode")
    except RuntimeError:
        pytest.fail("exception propagated to the client: debug mode is on")
    assert resp.status_code == 500
    assert b"hunter2" not in resp.data
    assert b"Traceback" not in resp.data
