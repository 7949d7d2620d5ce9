import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from django.test import Client  # noqa: E402  (settings are configured by the module)


def test_search_lists_matches():
    resp = Client().get("/search/", {"q": "django"})
    assert resp.status_code == 200
    body = resp.content.decode()
    assert "Results for django" in body
    assert "<li>Getting started with Django</li>" in body
    assert "<li>Deploying Django behind nginx</li>" in body
    assert "async" not in body


def test_empty_query_lists_everything():
    body = Client().get("/search/").content.decode()
    assert body.count("<li>") == 3
