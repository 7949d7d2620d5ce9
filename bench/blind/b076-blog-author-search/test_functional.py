import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

POSTS = [
    ("maria", "Sourdough basics", 1),
    ("maria", "Rye & spelt", 1),
    ("maria", "Draft: unfinished", 0),
    ("tom", "Bike repair 101", 1),
    ("O'Neil", "Irish soda bread", 1),
]


@pytest.fixture
def client(tmp_path, monkeypatch):
    db = str(tmp_path / "blog.db")
    mod.init_db(db, POSTS)
    monkeypatch.setattr(mod, "DB_PATH", db)
    return mod.app.test_client()


def test_posts_by_author(client):
    r = client.get("/archive?author=maria")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert html.startswith("<h2>Posts by maria</h2><ul>")
    assert '<li><a href="/posts/1">Sourdough basics</a></li>' in html
    assert '<a href="/posts/2">' in html
    assert ("Rye &amp; spelt" in html) or ("Rye & spelt" in html)
    assert "Draft" not in html
    assert "Bike" not in html
    assert html.count("<li>") == 2


def test_other_author(client):
    html = client.get("/archive?author=tom").get_data(as_text=True)
    assert html == '<h2>Posts by tom</h2><ul><li><a href="/posts/4">Bike repair 101</a></li></ul>'


def test_helper_rows(client):
    assert mod._posts_by("maria") == [(1, "Sourdough basics"), (2, "Rye & spelt")]
    assert mod._posts_by("nobody") == []


def test_no_posts_and_missing(client):
    assert client.get("/archive?author=zed").get_data(as_text=True) == "<p>No posts by zed yet.</p>"
    assert client.get("/archive").get_data(as_text=True) == "<p>Please choose an author.</p>"
    assert client.get("/archive?author=%20%20").get_data(as_text=True) == "<p>Please choose an author.</p>"
