"""Sign-in form handling for the web shop (framework-independent core)."""
from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_LANDING = "/account"


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""


def safe_next(next_url: str | None) -> str:
    """Where to send the user after signing in: the ``next`` parameter or the account page."""
    return next_url or DEFAULT_LANDING


def handle_login(form: Mapping[str, str], passwords: Mapping[str, str], next_url: str | None = None) -> Response:
    """Check the submitted credentials and redirect on success.

    Args:
        form: the posted ``username`` and ``password`` fields.
        passwords: known usernames and their passwords.
        next_url: the page the user wanted before being asked to sign in.
    """
    expected = passwords.get(form.get("username", ""))
    if expected is None or not hmac.compare_digest(expected, form.get("password", "")):
        return Response(401, body="Invalid username or password")
    return Response(303, {"Location": safe_next(next_url)})
