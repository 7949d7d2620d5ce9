import importlib
import os
import runpy

import flask
import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def run_calls(monkeypatch):
    for var in ("DASHBOARD_ENV", "FLASK_DEBUG", "FLASK_ENV", "DASHBOARD_HOST", "DASHBOARD_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    calls = []
    monkeypatch.setattr(flask.Flask, "run", lambda self, *a, **kw: calls.append((self, a, kw)))
    return calls


def test_script_entry_point_does_not_enable_debugger(run_calls):
    runpy.run_path(mod.__file__, run_name="__main__")
    assert run_calls, "entry point did not start the server"
    app, _args, kwargs = run_calls[0]
    debug = kwargs.get("debug")
    effective = app.debug if debug is None else bool(debug)
    assert not effective, "Werkzeug debugger (remote code execution console) enabled by default"
