"""Public profile page rendering."""
from __future__ import annotations

from dataclasses import dataclass

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup, escape

TEMPLATES = {
    "profile.html": (
        "<section class=\"profile\">\n"
        "  <h1>{{ user.display_name }}</h1>\n"
        "  <div class=\"bio\">{{ bio_html }}</div>\n"
        "</section>"
    ),
}

env = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


@dataclass(frozen=True)
class User:
    display_name: str
    bio: str


def bio_to_html(bio: str) -> Markup:
    """Turn the plain-text bio into HTML, keeping the user's line breaks."""
    return Markup("<br>\n").join(escape(line) for line in bio.strip().split("\n"))


def render_profile(user: User) -> str:
    """HTML of a user's public profile page."""
    return env.get_template("profile.html").render(user=user, bio_html=bio_to_html(user.bio))
