"""Input validation with regular expressions."""
from __future__ import annotations

import re

# ruleid: regex-nested-quantifier
EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+[._-]?)+@[a-zA-Z0-9-]+(\.[a-zA-Z]{2,})+$")
# ok: regex-nested-quantifier
EMAIL_SAFE_RE = re.compile(r"^[a-zA-Z0-9]+(?:[._-][a-zA-Z0-9]+)*[._-]?@[a-zA-Z0-9-]+(?:\.[a-zA-Z]{2,})+$")
# ok: regex-nested-quantifier
USERNAME_RE = re.compile(r"^[a-z][a-z0-9_]{2,29}$")


def is_sentence(text: str) -> bool:
    # ruleid: regex-nested-quantifier
    return re.fullmatch(r"(\w+\s?)*[.!?]", text) is not None


def strip_tags(html: str) -> str:
    # ruleid: regex-nested-quantifier
    return re.sub(
        r"<(.*)*>",
        "",
        html,
    )


def domain_of(host: str) -> str | None:
    # ok: regex-nested-quantifier
    match = re.match(r"^(?:[a-z0-9-]+\.)+([a-z]{2,})$", host)
    return match.group(1) if match else None


def phone_parts(phone: str) -> list[str]:
    # ok: regex-nested-quantifier
    return re.findall(r"(\d{3})-(\d{4})", phone)
