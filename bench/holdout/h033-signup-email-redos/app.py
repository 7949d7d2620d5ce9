"""Server-side validation for the signup form."""
from __future__ import annotations

import re
from typing import Dict, Mapping

USERNAME_RE = re.compile(r"^[a-z0-9_]{3,20}$")
EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.+-]+)*@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")
COMMON_PASSWORDS = {"password", "12345678", "qwertyuiop", "letmein123"}


def normalize_email(raw: str) -> str:
    return raw.strip().lower()


def check_email(email: str) -> str | None:
    if not email:
        return "email is required"
    if not EMAIL_RE.match(email):
        return "enter a valid email address"
    return None


def check_password(password: str, username: str) -> str | None:
    if len(password) < 10:
        return "password must be at least 10 characters"
    if password.lower() in COMMON_PASSWORDS or username and username in password.lower():
        return "password is too easy to guess"
    return None


def validate_signup(form: Mapping[str, str]) -> Dict[str, str]:
    """Return a mapping of field name -> error message (empty when the form is valid)."""
    errors: Dict[str, str] = {}
    username = form.get("username", "").strip().lower()
    email = normalize_email(form.get("email", ""))
    if not USERNAME_RE.match(username):
        errors["username"] = "3-20 lowercase letters, digits or underscores"
    email_error = check_email(email)
    if email_error:
        errors["email"] = email_error
    password_error = check_password(form.get("password", ""), username)
    if password_error:
        errors["password"] = password_error
    if form.get("password") != form.get("password_confirm"):
        errors["password_confirm"] = "passwords do not match"
    return errors
