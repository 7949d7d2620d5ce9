"""Validation for the community sign-up form."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict

HANDLE_PATTERN = re.compile(r"^([a-z0-9]+-?)*[a-z0-9]+$")
EMAIL_PATTERN = re.compile(
    r"^([A-Za-z0-9]+[._+-]?)*[A-Za-z0-9]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$"
)
HANDLE_MAX = 30


@dataclass
class SignupForm:
    """Raw values submitted by the sign-up page."""

    handle: str
    email: str
    display_name: str = ""

    def cleaned_handle(self) -> str:
        return self.handle.strip().lower()

    def errors(self) -> Dict[str, str]:
        """Map of field name to error message; empty when the form is valid."""
        problems: Dict[str, str] = {}
        handle = self.cleaned_handle()
        if not handle:
            problems["handle"] = "Handle is required."
        elif not HANDLE_PATTERN.match(handle):
            problems["handle"] = "Use lowercase letters, digits and single hyphens."
        elif len(handle) > HANDLE_MAX:
            problems["handle"] = f"At most {HANDLE_MAX} characters."
        address = self.email.strip()
        if not EMAIL_PATTERN.match(address):
            problems["email"] = "Enter a valid e-mail address."
        if len(self.display_name) > 60:
            problems["display_name"] = "At most 60 characters."
        return problems

    def is_valid(self) -> bool:
        return not self.errors()
