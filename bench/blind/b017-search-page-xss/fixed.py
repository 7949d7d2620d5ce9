"""Tiny furniture shop: product search page rendered without a template engine."""
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

CATALOG = {
    "D-100": ("Oak desk", 249.0),
    "D-200": ("Standing desk", 499.0),
    "L-010": ("Desk lamp", 39.9),
    "C-300": ("Office chair", 189.0),
}


def matching_products(query: str) -> list[tuple[str, str, float]]:
    """Products whose name contains any word of ``query`` (case-insensitive)."""
    words = [w.lower() for w in query.split()]
    return [
        (sku, name, price)
        for sku, (name, price) in sorted(CATALOG.items())
        if any(w in name.lower() for w in words)
    ]


@app.route("/search")
def search_page() -> str:
    """Render the search results (or a friendly message) for ``?q=``."""
    query = request.args.get("q", "").strip()
    hits = matching_products(query) if query else []
    shown = escape(query)
    if hits:
        rows = "".join(f"<li>{sku}: {name} - ${price:.2f}</li>" for sku, name, price in hits)
        body = f"<h2>{len(hits)} result(s) for &quot;{shown}&quot;</h2><ul>{rows}</ul>"
    else:
        body = f"<p class=\"empty\">Sorry, nothing matches <b>{shown}</b>.</p>"
    return f"<!doctype html><html><head><title>Search</title></head><body>{body}</body></html>"
