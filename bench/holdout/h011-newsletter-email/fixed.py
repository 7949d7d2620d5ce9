"""Welcome e-mail rendering for the Friday Dispatch newsletter."""
from __future__ import annotations

import hashlib
import hmac
from html import escape
from dataclasses import dataclass, field
from urllib.parse import quote

UNSUBSCRIBE_BASE = "https://dispatch.example.com/unsubscribe"

WELCOME_TEMPLATE = """\
<html>
  <body style="font-family: Georgia, serif">
    <h1>Welcome aboard, {first_name}!</h1>
    <p>Thanks for subscribing{company_line}. Your first issue lands on Friday.</p>
    <p>You told us you care about:</p>
    <ul>{interest_items}</ul>
    <p style="font-size: 12px">
      <a href="{unsubscribe}">Unsubscribe</a> at any time.
    </p>
  </body>
</html>
"""


@dataclass
class Subscriber:
    email: str
    first_name: str
    company: str = ""
    interests: list[str] = field(default_factory=list)


def unsubscribe_link(email: str, signing_key: bytes) -> str:
    """One-click unsubscribe link signed so it cannot be forged for other addresses."""
    sig = hmac.new(signing_key, email.lower().encode(), hashlib.sha256).hexdigest()[:32]
    return f"{UNSUBSCRIBE_BASE}/{sig}?e={quote(email, safe='')}"


def _interest_list(interests: list[str]) -> str:
    items = [f"<li>{escape(topic)}</li>" for topic in interests if topic.strip()]
    return "".join(items) or "<li>Everything</li>"


def render_welcome_email(sub: Subscriber, signing_key: bytes) -> str:
    """Return the HTML body of the welcome e-mail for ``sub``."""
    company_line = " on behalf of {}".format(escape(sub.company)) if sub.company else ""
    return WELCOME_TEMPLATE.format(
        first_name=escape(sub.first_name.strip() or "reader"),
        company_line=company_line,
        interest_items=_interest_list(sub.interests),
        unsubscribe=escape(unsubscribe_link(sub.email, signing_key)),
    )


def subject_line(sub: Subscriber) -> str:
    """Plain-text subject line; not HTML, so no escaping needed."""
    return f"Welcome to the Friday Dispatch, {sub.first_name.strip() or 'reader'}"
