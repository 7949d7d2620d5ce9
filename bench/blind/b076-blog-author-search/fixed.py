"""Blog archive: list published posts by author."""
from __future__ import annotations

import sqlite3

from flask import Flask, request
from markupsafe import escape

DB_PATH = "blog.db"

app = Flask(__name__)


def init_db(db_path: str, posts: list[tuple[str, str, int]]) -> None:
    """Create the posts table and load (author, title, published) rows."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY, "
                     "author TEXT, title TEXT, published INTEGER)")
        conn.executemany("INSERT INTO posts (author, title, published) VALUES (?, ?, ?)", posts)


def _posts_by(author: str) -> list[tuple[int, str]]:
    conn = sqlite3.connect(DB_PATH)
    try:
        query = "SELECT id, title FROM posts WHERE author = ? AND published = 1 ORDER BY id"
        return conn.execute(query, (author,)).fetchall()
    finally:
        conn.close()


@app.get("/archive")
def archive() -> str:
    author = request.args.get("author", "").strip()
    if not author:
        return "<p>Please choose an author.</p>"
    rows = _posts_by(author)
    items = "".join(f'<li><a href="/posts/{pid}">{escape(title)}</a></li>' for pid, title in rows)
    if not items:
        return f"<p>No posts by {escape(author)} yet.</p>"
    return f"<h2>Posts by {escape(author)}</h2><ul>{items}</ul>"
