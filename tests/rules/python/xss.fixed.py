"""HTML output helpers."""
from __future__ import annotations

import html

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
