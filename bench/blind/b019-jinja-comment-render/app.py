"""Render the comment thread shown under each blog post."""
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from jinja2 import Environment

THREAD_TEMPLATE = """<section class="comments">
<h3>{{ comments|length }} comment{{ "" if comments|length == 1 else "s" }}</h3>
{% for c in comments %}
<article class="comment">
<header><a href="{{ c.website or '#' }}" rel="nofollow">{{ c.author }}</a> <time>{{ c.posted.strftime("%Y-%m-%d %H:%M") }}</time></header>
<p>{{ c.body }}</p>
</article>
{% endfor %}
</section>"""

_jinja = Environment(autoescape=False, trim_blocks=True, lstrip_blocks=True)
_thread = _jinja.from_string(THREAD_TEMPLATE)


@dataclass
class Comment:
    author: str
    body: str
    posted: datetime
    website: str = ""


def render_thread(comments: Iterable[Comment]) -> str:
    """Return the HTML fragment for a list of comments, oldest first."""
    ordered = sorted(comments, key=lambda c: c.posted)
    return _thread.render(comments=ordered)
