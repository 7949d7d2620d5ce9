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


def test_success_and_failure(log_stream):
    auth = mod.PortalAuthenticator({"alice": "s3cret", "bob": "hunter2"})
    assert auth.check("alice", "s3cret", "10.0.0.1") is True
    assert auth.check("bob", "wrong", "10.0.0.2") is False
    assert auth.check("bob", "wrong2", "10.0.0.2") is False
    assert auth.check("nobody", "x") is False
    lines = log_stream.getvalue().splitlines()
    assert lines == [
        "INFO login ok for user=alice",
        "WARNING failed login for user=bob from ip=10.0.0.2 (attempt 1)",
        "WARNING failed login for user=bob from ip=10.0.0.2 (attempt 2)",
        "WARNING failed login for user=nobody from ip=- (attempt 1)",
    ]
    assert auth.failures == {"bob": 2, "nobody": 1}


def test_unicode_name_kept(log_stream):
    auth = mod.PortalAuthenticator({})
    assert auth.check("José Müller", "pw", "::1") is False
    assert "user=José Müller from ip=::1" in log_stream.getvalue()
