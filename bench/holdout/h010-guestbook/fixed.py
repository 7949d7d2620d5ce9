"""A tiny guestbook for the community garden website."""
import os
import secrets
import sqlite3
from datetime import datetime, timezone
from html import escape

from flask import Flask, g, redirect, request, url_for

app = Flask(__name__)
app.secret_key = os.environ.get("GUESTBOOK_SECRET_KEY") or secrets.token_hex(32)
app.config["DATABASE"] = "guestbook.db"


def db() -> sqlite3.Connection:
    if "conn" not in g:
        g.conn = sqlite3.connect(app.config["DATABASE"])
        g.conn.execute("CREATE TABLE IF NOT EXISTS entries (author TEXT, message TEXT, created TEXT)")
    return g.conn


@app.teardown_appcontext
def _close(_exc):
    conn = g.pop("conn", None)
    if conn is not None:
        conn.close()


def render_rows(rows) -> str:
    """Render guestbook rows as an HTML table body."""
    html = ""
    for author, message, created in rows:
        html += "<tr><td class='author'>" + escape(author) + "</td>"
        html += "<td class='msg'>" + escape(message) + "</td>"
        html += "<td class='when'>" + escape(created[:16].replace("T", " ")) + "</td></tr>\n"
    return html


@app.get("/")
def index():
    author = request.args.get("author", "")
    if author:
        rows = db().execute("SELECT * FROM entries WHERE author = ? ORDER BY created DESC",
                            (author,)).fetchall()
        heading = "<h2>Entries by " + escape(author) + "</h2>"
    else:
        rows = db().execute("SELECT * FROM entries ORDER BY created DESC LIMIT 50").fetchall()
        heading = "<h2>Latest entries</h2>"
    body = heading + "<table class='guestbook'>\n" + render_rows(rows) + "</table>"
    return "<!doctype html><html><body>" + body + "</body></html>"


@app.post("/sign")
def sign():
    author = request.form.get("author", "").strip()[:80]
    message = request.form.get("message", "").strip()[:1000]
    if not author or not message:
        return "author and message are required", 400
    db().execute("INSERT INTO entries VALUES (?, ?, ?)",
                 (author, message, datetime.now(timezone.utc).isoformat()))
    db().commit()
    return redirect(url_for("index"))
