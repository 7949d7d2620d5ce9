import importlib, os
import io
import logging

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SALT = b"0123456789abcdef"
FORGED = "2024-05-01 12:00:00 INFO User admin signed in from 10.0.0.1"


@pytest.fixture
def log_lines():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    target = logging.getLogger("backoffice.auth")
    old_level = target.level
    target.addHandler(handler)
    target.setLevel(logging.INFO)
    yield lambda: stream.getvalue().splitlines()
    target.removeHandler(handler)
    target.setLevel(old_level)


@pytest.fixture
def service():
    return mod.SignInService({"alice": (SALT, mod.hash_password("correct horse", SALT))})


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r"])
def test_username_cannot_forge_log_line(service, log_lines, sep):
    service.sign_in("mallory" + sep + FORGED, "guess", "198.51.100.9")
    lines = log_lines()
    assert len(lines) == 1
    assert not any(line.startswith("2024-05-01 12:00:00 INFO User admin") for line in lines)
    assert all("\r" not in line for line in lines)


@pytest.mark.parametrize("sep", ["\n", "\r\n"])
def test_forwarded_for_header_cannot_forge_log_line(service, log_lines, sep):
    service.sign_in("alice", "wrong", "198.51.100.9" + sep + FORGED)
    service.sign_in("alice", "correct horse", "203.0.113.1" + sep + FORGED)
    lines = log_lines()
    assert len(lines) == 2
    assert not any(line.startswith("2024-05-01 12:00:00") for line in lines)
