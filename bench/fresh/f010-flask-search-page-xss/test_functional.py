import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_search_lists_matches():
    resp = mod.app.test_client().get("/search", query_string={"q": "soup"})
    assert resp.status_code == 200
    assert resp.headers["Content-Type"].startswith("text/html")
    body = resp.get_data(as_text=True)
    assert "<li>Tomato soup</li>" in body and "<li>Lentil soup</li>" in body
    assert "Chicken curry" not in body
    assert "2 results for &ldquo;soup&rdquo;" in body


def test_empty_query():
    body = mod.app.test_client().get("/search").get_data(as_text=True)
    assert "0 results" in body
    assert '<input name="q">' in body


def test_search_helper():
    assert [r["title"] for r in mod.search_recipes("CURRY")] == ["Chicken curry"]
