"""Validation for the community site's sign-up form."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Mapping

# Each alternative can only be entered in one way, so a failed match is linear.
HANDLE_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*-?$")
EMAIL_PATTERN = re.compile(
    r"^[a-zA-Z0-9]+(?:[._-][a-zA-Z0-9]+)*[._-]?@(?:[a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$"
)

MAX_HANDLE = 40
MAX_EMAIL = 254
MAX_DISPLAY_NAME = 80


@dataclass
class SignupForm:
    """Raw values submitted by the sign-up page."""

    handle: str
    email: str
    display_name: str = ""

    @classmethod
    def from_mapping(cls, data: Mapping[str, str]) -> "SignupForm":
        return cls(
            handle=(data.get("handle") or "").strip().lower(),
            email=(data.get("email") or "").strip(),
            display_name=(data.get("display_name") or "").strip(),
        )

    def errors(self) -> Dict[str, str]:
        """Return a field -> message mapping; empty when the form is valid."""
        problems: Dict[str, str] = {}
        if not self.handle:
            problems["handle"] = "Handle is required."
        elif len(self.handle) > MAX_HANDLE:
            problems["handle"] = f"Handle must be at most {MAX_HANDLE} characters."
        elif not HANDLE_PATTERN.match(self.handle):
            problems["handle"] = "Use lowercase letters, digits and single hyphens."

        if not self.email:
            problems["email"] = "E-mail is required."
        elif len(self.email) > MAX_EMAIL:
            problems["email"] = "E-mail address is too long."
        elif not EMAIL_PATTERN.match(self.email):
            problems["email"] = "Enter a valid e-mail address."

        if len(self.display_name) > MAX_DISPLAY_NAME:
            problems["display_name"] = f"Display name must be at most {MAX_DISPLAY_NAME} characters."
        return problems

    def is_valid(self) -> bool:
        return not self.errors()
