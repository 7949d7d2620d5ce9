"""Server-side validation for the signup form."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.+-]+)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")
USERNAME_RE = re.compile(r"^[a-z0-9_]{3,32}$")
MIN_PASSWORD = 10


@dataclass
class SignupForm:
    username: str
    email: str
    password: str
    errors: list[str] = field(default_factory=list)


def is_valid_email(address: str) -> bool:
    """Return True when ``address`` looks like a deliverable e-mail address."""
    candidate = address.strip()
    return EMAIL_RE.match(candidate) is not None


def validate_signup(form: SignupForm) -> list[str]:
    """Validate ``form`` and return a list of human-readable errors."""
    errors: list[str] = []
    if not USERNAME_RE.match(form.username):
        errors.append("username must be 3-32 lowercase letters, digits or _")
    if not is_valid_email(form.email):
        errors.append("email address is not valid")
    if len(form.password) < MIN_PASSWORD:
        errors.append(f"password must be at least {MIN_PASSWORD} characters")
    elif form.password.lower() == form.username.lower():
        errors.append("password must differ from the username")
    form.errors = errors
    return errors
