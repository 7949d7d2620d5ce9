import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def form(**kw):
    base = {"handle": "jane-doe", "email": "jane.doe@example.com", "display_name": "Jane"}
    base.update(kw)
    return mod.SignupForm.from_mapping(base)


def test_valid_form():
    f = form()
    assert f.errors() == {}
    assert f.is_valid() is True
    assert f.handle == "jane-doe"


@pytest.mark.parametrize("handle", ["jane", "j4ne-d0e-2", "abc-", "x", "Mixed-Case", "  padded  ", "a" * 40])
def test_good_handles(handle):
    assert "handle" not in form(handle=handle).errors()


@pytest.mark.parametrize(
    "handle,message",
    [
        ("", "Handle is required."),
        ("   ", "Handle is required."),
        ("a" * 41, "Handle must be at most 40 characters."),
        ("-lead", "Use lowercase letters, digits and single hyphens."),
        ("dou--ble", "Use lowercase letters, digits and single hyphens."),
        ("under_score", "Use lowercase letters, digits and single hyphens."),
        ("sp ace", "Use lowercase letters, digits and single hyphens."),
        ("emoji\u263a", "Use lowercase letters, digits and single hyphens."),
    ],
)
def test_bad_handles(handle, message):
    assert form(handle=handle).errors()["handle"] == message


@pytest.mark.parametrize(
    "email",
    ["a@b.co", "first.last@sub.example.org", "x_y-z@mail-host.io", "A1@EXAMPLE.COM", "trailing.@example.com"],
)
def test_good_emails(email):
    assert form(email=email).errors() == {}


@pytest.mark.parametrize(
    "email,message",
    [
        ("", "E-mail is required."),
        ("no-at-sign.example.com", "Enter a valid e-mail address."),
        ("two@@example.com", "Enter a valid e-mail address."),
        (".lead@example.com", "Enter a valid e-mail address."),
        ("a..b@example.com", "Enter a valid e-mail address."),
        ("user@localhost", "Enter a valid e-mail address."),
        ("user@example.c", "Enter a valid e-mail address."),
        ("u" * 250 + "@example.com", "E-mail address is too long."),
    ],
)
def test_bad_emails(email, message):
    assert form(email=email).errors() == {"email": message}


def test_display_name_limit_and_multiple_errors():
    f = mod.SignupForm.from_mapping({"handle": "", "email": "bad", "display_name": "n" * 81})
    assert f.errors() == {
        "handle": "Handle is required.",
        "email": "Enter a valid e-mail address.",
        "display_name": "Display name must be at most 80 characters.",
    }
    assert f.is_valid() is False


def test_from_mapping_missing_keys():
    f = mod.SignupForm.from_mapping({})
    assert (f.handle, f.email, f.display_name) == ("", "", "")
