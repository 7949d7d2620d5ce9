"""Library catalogue search API."""
from __future__ import annotations

import logging
from typing import Dict, List

from fastapi import FastAPI, Query

log = logging.getLogger("library.search")

BOOKS: List[Dict[str, str]] = [
    {"isbn": "9780141439518", "title": "Pride and Prejudice", "author": "Jane Austen"},
    {"isbn": "9780451524935", "title": "Nineteen Eighty-Four", "author": "George Orwell"},
    {"isbn": "9780544003415", "title": "The Lord of the Rings", "author": "J. R. R. Tolkien"},
    {"isbn": "9780060935467", "title": "To Kill a Mockingbird", "author": "Harper Lee"},
]

app = FastAPI(title="Library search")


def _normalise(raw: str) -> str:
    return " ".join(raw.split(" ")).strip().lower()


@app.get("/books/search")
async def search_books(q: str = Query("", max_length=200), limit: int = 10) -> Dict[str, object]:
    """Case-insensitive substring search over titles and authors."""
    term = _normalise(q)
    audit_term = term.encode("unicode_escape").decode("ascii")
    log.info("catalogue search term=%s limit=%d", audit_term, limit)
    hits = [
        book for book in BOOKS
        if term in book["title"].lower() or term in book["author"].lower()
    ]
    return {"query": term, "count": len(hits[:limit]), "results": hits[:limit]}
