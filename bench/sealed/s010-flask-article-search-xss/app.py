"""Help-centre article search page."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, request

app = Flask(__name__)


@dataclass(frozen=True)
class Article:
    slug: str
    title: str


ARTICLES = [
    Article("reset-password", "How to reset your password"),
    Article("python-sdk", "Getting started with the Python SDK"),
    Article("billing", "Understanding your invoice"),
    Article("python-webhooks", "Receiving webhooks in Python"),
]


def search_articles(query: str) -> list[Article]:
    """Return articles whose title contains any word of the query."""
    terms = [t.lower() for t in query.split() if t]
    return [a for a in ARTICLES if any(t in a.title.lower() for t in terms)]


def render_results(query: str, hits: list[Article]) -> str:
    if not hits:
        body = f"<p class='empty'>No results for <b>{query}</b>. Try another search.</p>"
    else:
        items = "".join(f"<li><a href='/help/{a.slug}'>{a.title}</a></li>" for a in hits)
        body = f"<h2>{len(hits)} results for {query}</h2><ul>{items}</ul>"
    return f"<!doctype html><html><head><title>Help search</title></head><body>{body}</body></html>"


@app.get("/help/search")
def help_search():
    query = request.args.get("q", "").strip()
    hits = search_articles(query)
    page = render_results(query, hits)
    return page, 200, {"Content-Type": "text/html; charset=utf-8"}
