import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

POSTS = [("maria", "Sourdough basics", 1), ("maria", "Secret draft", 0),
         ("tom", "Bike repair 101", 1)]


@pytest.fixture
def client(tmp_path, monkeypatch):
    db = str(tmp_path / "blog.db")
    mod.init_db(db, POSTS)
    monkeypatch.setattr(mod, "DB_PATH", db)
    return mod.app.test_client()


def test_sql_injection_returns_no_extra_rows(client):
    html = client.get("/archive", query_string={"author": "nobody' OR '1'='1' --"}).get_data(as_text=True)
    assert "Sourdough" not in html and "Bike repair" not in html and "Secret draft" not in html, \
        "injected condition returned other authors' / unpublished posts"


def test_sql_injection_union(client):
    payload = "x' UNION SELECT 1, sqlite_version() --"
    html = client.get("/archive", query_string={"author": payload}).get_data(as_text=True)
    assert "<li>" not in html


def test_reflected_xss_in_author(client):
    payload = "<script>alert(document.cookie)</script>"
    html = client.get("/archive", query_string={"author": payload}).get_data(as_text=True)
    assert "<script>" not in html, "author echoed into HTML unescaped"


def test_xss_alongside_matching_rows(tmp_path, monkeypatch):
    db = str(tmp_path / "blog2.db")
    mod.init_db(db, [("<img src=x onerror=alert(1)>", "<script>steal()</script>", 1)])
    monkeypatch.setattr(mod, "DB_PATH", db)
    html = mod.app.test_client().get(
        "/archive", query_string={"author": "<img src=x onerror=alert(1)>"}).get_data(as_text=True)
    assert "<img" not in html and "<script>" not in html
