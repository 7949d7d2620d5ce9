import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("email", ["alice@example.com", "bob.smith+news@mail.example.co.uk", "x_y-z@sub-domain.io"])
def test_valid_emails(email):
    assert mod.is_valid_email(email) is True


@pytest.mark.parametrize("email", ["plainaddress", "a@b", "a@@example.com", "a@example.c", "@example.com", "a b@example.com"])
def test_invalid_emails(email):
    assert mod.is_valid_email(email) is False


def test_validate_signup():
    ok = mod.SignupForm("alice_1", "alice@example.com", "long-enough-pass")
    assert mod.validate_signup(ok) == [] and ok.errors == []
    bad = mod.SignupForm("A", "nope", "short")
    errors = mod.validate_signup(bad)
    assert len(errors) == 3
    same = mod.SignupForm("averylongname", "a@example.com", "AVERYLONGNAME")
    assert len(mod.validate_signup(same)) == 1
