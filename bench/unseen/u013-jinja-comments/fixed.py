"""Render user comments for the blog's comment thread."""
from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment

COMMENT_TEMPLATE = """<article class="comment">
  <header><strong>{{ author }}</strong> <time>{{ posted }}</time></header>
  <div class="body">{{ body }}</div>
</article>"""


@dataclass
class Comment:
    """A single reader comment as stored in the database."""

    author: str
    body: str
    posted: str


class CommentRenderer:
    """Turn comments into HTML fragments for the post page."""

    def __init__(self) -> None:
        self.env = Environment(autoescape=True)
        self.template = self.env.from_string(COMMENT_TEMPLATE)

    def render(self, comment: Comment) -> str:
        """Render one comment."""
        return self.template.render(author=comment.author, body=comment.body, posted=comment.posted)

    def render_thread(self, comments: list[Comment]) -> str:
        """Render a whole thread, oldest first."""
        ordered = sorted(comments, key=lambda c: c.posted)
        return "\n".join(self.render(c) for c in ordered)
