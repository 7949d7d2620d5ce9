import importlib, io, logging, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def log_stream():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    mod.logger.addHandler(handler)
    mod.logger.setLevel(logging.INFO)
    yield stream
    mod.logger.removeHandler(handler)


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r"])
def test_username_cannot_forge_log_line(log_stream, sep):
    auth = mod.PortalAuthenticator({"admin": "pw"})
    assert auth.check(f"eve{sep}INFO login ok for user=admin", "bad", "1.2.3.4") is False
    lines = log_stream.getvalue().replace("\r", "\n").splitlines()
    assert len(lines) == 1
    assert not any(line.startswith("INFO login ok") for line in lines)


def test_client_ip_cannot_forge_log_line(log_stream):
    auth = mod.PortalAuthenticator({"admin": "pw"})
    auth.check("eve", "bad", "1.2.3.4\nINFO login ok for user=admin")
    lines = log_stream.getvalue().splitlines()
    assert len(lines) == 1
