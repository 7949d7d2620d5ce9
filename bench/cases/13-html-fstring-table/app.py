"""Server-side rendering of the library catalogue's search results."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict


class Book(TypedDict):
    title: str
    author: str
    year: int


def render_row(book: Book) -> str:
    """One table row for a book."""
    return f"<tr><td>{book['title']}</td><td>{book['author']}</td><td>{book['year']}</td></tr>"


def render_results(query: str, books: Sequence[Book]) -> str:
    """HTML fragment listing the books that matched `query`.

    The query is echoed back in the heading so users see what they searched for.
    """
    if not books:
        return f"<p class='empty'>No books match <em>{query}</em>.</p>"
    rows = "\n".join(render_row(b) for b in books)
    return (
        f"<h2>{len(books)} results for <em>{query}</em></h2>\n"
        f"<table class='results'>\n<tr><th>Title</th><th>Author</th><th>Year</th></tr>\n{rows}\n</table>"
    )
