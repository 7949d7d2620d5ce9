import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

GOOD = {"username": "river_song", "email": "River.Song+news@Example.co.uk",
        "password": "correct-horse-7", "password_confirm": "correct-horse-7"}


def test_valid_form_has_no_errors():
    assert mod.validate_signup(GOOD) == {}


def test_email_rules():
    assert mod.check_email("") == "email is required"
    for bad in ("no-at-sign.example.com", "a@b", "x@domain.c", "two@@example.com", "sp ace@example.com"):
        assert mod.check_email(bad) == "enter a valid email address", bad
    assert mod.check_email("first.last@sub.example.org") is None


def test_other_fields():
    errors = mod.validate_signup({"username": "Al", "email": "al@example.com",
                                  "password": "Zebra-crossing-9", "password_confirm": "x"})
    assert set(errors) == {"username", "password_confirm"}
    errors = mod.validate_signup({**GOOD, "password": "letmein123", "password_confirm": "letmein123"})
    assert errors == {"password": "password is too easy to guess"}
