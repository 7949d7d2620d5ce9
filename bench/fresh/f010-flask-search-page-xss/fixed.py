"""Recipe site: a minimal search page rendered without templates."""
from __future__ import annotations

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

RECIPES: list[dict[str, str]] = [
    {"title": "Tomato soup", "tags": "soup vegetarian"},
    {"title": "Chicken curry", "tags": "curry spicy"},
    {"title": "Lentil soup", "tags": "soup vegan"},
]


def search_recipes(term: str) -> list[dict[str, str]]:
    """Case-insensitive match on title and tags."""
    needle = term.lower()
    return [r for r in RECIPES if needle in r["title"].lower() or needle in r["tags"]]


def render_results(term: str, results: list[dict[str, str]]) -> str:
    items = "".join(f"<li>{escape(r['title'])}</li>" for r in results)
    heading = f"<h1>{len(results)} results for &ldquo;{escape(term)}&rdquo;</h1>"
    return (
        "<!doctype html><html><head><title>Search</title></head><body>"
        f"{heading}<ul>{items}</ul>"
        '<form action="/search"><input name="q"></form></body></html>'
    )


@app.get("/search")
def search():
    """GET /search?q=soup renders the matching recipes."""
    term = request.args.get("q", "").strip()
    results = search_recipes(term) if term else []
    return render_results(term, results), 200, {"Content-Type": "text/html; charset=utf-8"}
