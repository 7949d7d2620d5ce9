"""HTML output helpers."""
from __future__ import annotations

import html
import warnings

import jinja2
from flask import Flask, make_response, request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

app = Flask(__name__)


def comment_env(template_dir: str) -> jinja2.Environment:
    # ruleid: jinja2-autoescape-false
    return jinja2.Environment(loader=jinja2.FileSystemLoader(template_dir), autoescape=True)


# ruleid: jinja2-autoescape-false
env = Environment(loader=FileSystemLoader("templates"), trim_blocks=True, lstrip_blocks=True, autoescape=True)

# ruleid: jinja2-autoescape-false
bare_env = jinja2.Environment(autoescape=True)

# ok: jinja2-autoescape-false
safe_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))

# ok: jinja2-autoescape-false
strict_env = jinja2.Environment(autoescape=True, loader=jinja2.PackageLoader("app"))


def profile_link(url: str, display_name: str) -> Markup:
    # ruleid: markup-from-format
    return Markup('<a href="{}">{}</a>'.format(url, display_name))


def badge(label: str) -> Markup:
    # ruleid: html-fstring-param
    html_text = f"<span class='badge'>{label}</span>"
    # ruleid: markup-from-format
    return Markup(html_text)


def profile_link_safe(url: str, display_name: str) -> Markup:
    # ok: markup-from-format
    return Markup('<a href="{}">{}</a>').format(url, display_name)


def badge_safe(label: str) -> Markup:
    # ok: markup-from-format
    return Markup(f"<span class='badge'>{escape(label)}</span>")


@app.route("/greet")
def greet():
    name = request.args.get("name", "World")
    # ruleid: markup-from-format
    return make_response(f"<h1>Hello, {name}!</h1>")


@app.route("/search")
def search():
    term = request.args.get("q", "")
    body = "<p>No results for <em>" + term + "</em></p>"
    # ruleid: markup-from-format
    return make_response(body, 404)


@app.route("/greet-safe")
def greet_safe():
    name = request.args.get("name", "World")
    # ok: markup-from-format
    return make_response(f"<h1>Hello, {html.escape(name)}!</h1>")


@app.route("/version")
def version():
    build = "1.4.2"
    # ok: markup-from-format
    return make_response(f"<p>Version {build}</p>")


def render_results(query: str, count: int) -> str:
    if not count:
        # ruleid: html-fstring-param
        return f"<p class='empty'>No books match <em>{query}</em>.</p>"
    return (
        # ruleid: html-fstring-param
        f"<h2>{count} results for <em>{query}</em></h2>\n"
        f"<table class='results'></table>"
    )


def comment_card(author: str, comment: str) -> str:
    # ruleid: html-fstring-param
    card = f"<div class='card'><b>{author}</b>"
    # ruleid: html-fstring-param
    card += f"<p>{comment}</p></div>"
    return card


def render_results_safe(query: str, books: list[str]) -> str:
    rows = "".join(f"<li>{html.escape(b)}</li>" for b in books)
    # ok: html-fstring-param
    return f"<h2>{len(books)} results for <em>{html.escape(query)}</em></h2><ul>{rows}</ul>"


def comment_card_safe(author: str, comment: str) -> Markup:
    # ok: html-fstring-param
    return Markup("<div class='card'><b>{}</b><p>{}</p></div>").format(author, comment)


def status_line(name: str, count: int) -> str:
    # ok: html-fstring-param
    return f"{name}: {count} < 10 items left"


PROFILE_TEMPLATES = {
    "profile.html": (
        "<section class=\"profile\">\n"
        # ruleid: jinja-safe-filter
        "  <div class=\"bio\">{{ bio_html|safe }}</div>\n"
        "</section>"
    ),
}

# ruleid: jinja-safe-filter
RAW_TEMPLATE = "{% autoescape false %}<p>{{ note }}</p>{% endautoescape %}"

# ok: jinja-safe-filter
ESCAPED_TEMPLATE = "<div class='bio'>{{ bio }}</div>"


def render_note(note: str) -> str:
    # ok: jinja-safe-filter
    return "<p>{{ note|e }}</p> is escaped; the safe choice"


def render_bio(bio: str) -> str:
    # ruleid: jinja-safe-filter
    return jinja2.Template("<div>{{ bio | safe }}</div>").render(bio=bio)


def deprecated_alias(name: str) -> None:
    # ok: html-fstring-param
    warnings.warn(f"{name} and the other is_<platform> aliases are deprecated", DeprecationWarning)


@app.get("/by-author")
def by_author():
    author = request.args.get("author", "")
    if not author:
        # ok: markup-from-format
        return "<p>Choose an author.</p>"
    # ruleid: markup-from-format
    return f"<h2>Posts by {author}</h2>"


@app.route("/lookup")
def lookup():
    code = request.args.get("code", "")
    page = f"<p>No parcel <b>{code}</b></p>"
    # ruleid: markup-from-format
    return page


@app.get("/count")
def count_view():
    words = request.args.getlist("w")
    # ok: markup-from-format
    return f"<p>{len(words)} words</p>"


@app.route("/api/echo")
def echo_json():
    q = request.args.get("q", "")
    # ok: markup-from-format
    return {"echo": f"you asked <{q}>"}


@app.get("/lookup-safe")
def lookup_safe():
    code = request.args.get("code", "")
    # ok: markup-from-format
    return f"<p>No parcel <b>{escape(code)}</b></p>"
