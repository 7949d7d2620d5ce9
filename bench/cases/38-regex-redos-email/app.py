"""Validation of the sign-up form's fields."""
from __future__ import annotations

import re
from collections.abc import Mapping

EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+[._-]?)+@[a-zA-Z0-9-]+(\.[a-zA-Z]{2,})+$")
USERNAME_RE = re.compile(r"^[a-z][a-z0-9_]{2,29}$")


def is_valid_email(address: str) -> bool:
    """True when `address` looks like a deliverable e-mail address."""
    return EMAIL_RE.match(address) is not None


def validate_signup(form: Mapping[str, str]) -> dict[str, str]:
    """Field errors of a sign-up form; an empty dict means the form is valid."""
    errors = {}
    if not USERNAME_RE.match(form.get("username", "")):
        errors["username"] = "3-30 lowercase letters, digits or _, starting with a letter"
    if not is_valid_email(form.get("email", "")):
        errors["email"] = "enter a valid e-mail address"
    if len(form.get("password", "")) < 12:
        errors["password"] = "use at least 12 characters"
    return errors
