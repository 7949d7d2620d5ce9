import importlib
import io
import logging
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

FORGED = "INFO:portal.audit:login success user=admin ip=10.0.0.1"


def _capture(username):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        mod.app.test_client().post("/login", json={"username": username, "password": "x"})
    finally:
        root.removeHandler(handler)
    return stream.getvalue().splitlines()


def test_newline_cannot_forge_entry():
    lines = _capture("bob\n" + FORGED)
    assert FORGED not in lines
    assert len(lines) == 1


def test_carriage_return_cannot_forge_entry():
    lines = _capture("bob\r\n" + FORGED)
    assert not any(line.strip() == FORGED for line in lines)
    assert len(lines) == 1
