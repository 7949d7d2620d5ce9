"""Renders an article's comment thread as an HTML fragment."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from jinja2 import BaseLoader, Environment


class Comment(TypedDict):
    author: str
    text: str


THREAD_TEMPLATE = """<ul class="comments">
{%- for c in comments %}
  <li><b>{{ c.author }}</b>: {{ c.text }}</li>
{%- endfor %}
</ul>"""

_env = Environment(loader=BaseLoader(), autoescape=True)


def render_thread(comments: Sequence[Comment]) -> str:
    """Return the HTML list of comments, oldest first."""
    template = _env.from_string(THREAD_TEMPLATE)
    return template.render(comments=comments)


def comment_count_label(n: int) -> str:
    """Human label shown above the thread."""
    return "No comments yet" if n == 0 else f"{n} comment{'s' if n != 1 else ''}"
