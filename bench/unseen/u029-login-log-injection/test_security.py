import importlib
import logging
import os

from werkzeug.security import generate_password_hash

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_username_cannot_forge_log_lines(caplog):
    service = mod.AuthService({"alice": generate_password_hash("s3cret-pw", method="pbkdf2:sha256:1000")})
    forged = [
        "mallory\nINFO auth.audit successful login for admin",
        "mallory\r\nWARNING auth.audit password changed for admin",
        "mallory\rINFO auth.audit session opened for admin",
    ]
    with caplog.at_level(logging.DEBUG):
        for username in forged:
            service.authenticate(username, "x")
    assert caplog.records, "failed logins should still be audited"
    for record in caplog.records:
        message = record.getMessage()
        assert "\n" not in message and "\r" not in message, message
