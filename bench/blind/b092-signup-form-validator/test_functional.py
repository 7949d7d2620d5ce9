import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("handle", ["alice", "bob-smith", "x1-y2-z3", "  Carol99 ", "a", "a-b"])
def test_good_handles(handle):
    assert "handle" not in mod.SignupForm(handle, "ok@example.com").errors()


@pytest.mark.parametrize("handle,msg", [
    ("", "Handle is required."),
    ("-alice", "Use lowercase letters, digits and single hyphens."),
    ("alice-", "Use lowercase letters, digits and single hyphens."),
    ("al--ice", "Use lowercase letters, digits and single hyphens."),
    ("al ice", "Use lowercase letters, digits and single hyphens."),
    ("al_ice", "Use lowercase letters, digits and single hyphens."),
    ("a" * 31, "At most 30 characters."),
])
def test_bad_handles(handle, msg):
    assert mod.SignupForm(handle, "ok@example.com").errors()["handle"] == msg


@pytest.mark.parametrize("email", ["jo@example.com", "first.last@mail.example.org", "a+tag@x.io", "a_b-c@sub-d.co.uk"])
def test_good_emails(email):
    assert mod.SignupForm("jo", email).is_valid()


@pytest.mark.parametrize("email", ["", "plain", "a@b", "a..b@x.io", ".a@x.io", "a.@x.io", "a@x.c", "a b@x.io"])
def test_bad_emails(email):
    assert mod.SignupForm("jo", email).errors() == {"email": "Enter a valid e-mail address."}


def test_display_name_length():
    assert mod.SignupForm("jo", "jo@x.io", "J" * 61).errors() == {"display_name": "At most 60 characters."}
    assert mod.SignupForm("jo", "jo@x.io", "Jo").cleaned_handle() == "jo"
