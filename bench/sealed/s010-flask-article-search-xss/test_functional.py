import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = mod.app.test_client()


def test_results_page():
    resp = client.get("/help/search", query_string={"q": "python"})
    assert resp.status_code == 200
    assert resp.mimetype == "text/html"
    text = resp.get_data(as_text=True)
    assert "Getting started with the Python SDK" in text
    assert "Receiving webhooks in Python" in text
    assert "/help/python-sdk" in text
    assert "2 results for python" in text


def test_no_results_page():
    text = client.get("/help/search", query_string={"q": "kubernetes"}).get_data(as_text=True)
    assert "No results for" in text
    assert "kubernetes" in text


def test_search_function():
    assert [a.slug for a in mod.search_articles("invoice password")] == ["reset-password", "billing"]
