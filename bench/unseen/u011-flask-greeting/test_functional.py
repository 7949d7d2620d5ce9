import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_greets_by_name():
    resp = mod.app.test_client().get("/hello", query_string={"name": "Ada"})
    assert resp.status_code == 200
    assert resp.mimetype == "text/html"
    assert "Hello, Ada!" in resp.get_data(as_text=True)


def test_default_name_and_language():
    resp = mod.app.test_client().get("/hello", query_string={"lang": "fr"})
    assert "Bonjour, friend!" in resp.get_data(as_text=True)
