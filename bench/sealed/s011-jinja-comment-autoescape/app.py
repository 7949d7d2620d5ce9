"""Render blog comment threads to HTML fragments."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from jinja2 import DictLoader, Environment

TEMPLATES = {
    "comment.html": (
        "<article class='comment' id='c{{ c.id }}'>"
        "<header><strong>{{ c.author }}</strong> "
        "<time>{{ c.posted_at.strftime('%Y-%m-%d') }}</time></header>"
        "<div class='body'>{{ c.body }}</div></article>"
    ),
    "thread.html": (
        "<section class='thread'><h3>{{ comments|length }} comments</h3>"
        "{% for c in comments %}{% include 'comment.html' %}{% endfor %}</section>"
    ),
}

env = Environment(loader=DictLoader(TEMPLATES), autoescape=False)


@dataclass
class Comment:
    id: int
    author: str
    body: str
    posted_at: datetime = field(default_factory=datetime.now)


def render_comment(comment: Comment) -> str:
    """Render a single comment fragment."""
    template = env.get_template("comment.html")
    return template.render(c=comment)


def render_thread(comments: list[Comment]) -> str:
    """Render a whole thread, oldest first."""
    ordered = sorted(comments, key=lambda c: c.posted_at)
    template = env.get_template("thread.html")
    return template.render(comments=ordered)
