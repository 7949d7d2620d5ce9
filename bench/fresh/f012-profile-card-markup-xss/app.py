"""Render member profile cards for the community site (Jinja2 + MarkupSafe)."""
from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment
from markupsafe import Markup

PAGE_TEMPLATE = """<!doctype html>
<html><head><title>{{ profile.display_name }}</title></head>
<body>{{ card }}</body></html>"""

_env = Environment(autoescape=True)


@dataclass
class Profile:
    username: str
    display_name: str
    bio: str
    location: str = ""


def render_card(profile: Profile) -> Markup:
    """Build the profile card fragment; marked safe so Jinja does not double-escape it."""
    location = f"<span class='loc'>{profile.location}</span>" if profile.location else ""
    card = Markup(
        f"<div class='card' id='user-{profile.username}'>"
        f"<h2>{profile.display_name}</h2>{location}"
        f"<p class='bio'>{profile.bio}</p></div>"
    )
    return card


def render_profile_page(profile: Profile) -> str:
    """Full HTML page for /u/<username>."""
    template = _env.from_string(PAGE_TEMPLATE)
    return template.render(profile=profile, card=render_card(profile))
