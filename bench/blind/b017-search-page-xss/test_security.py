import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def client():
    return mod.app.test_client()


def test_script_in_not_found_branch(client):
    html = client.get("/search", query_string={"q": "<script>alert(document.cookie)</script>"}).get_data(as_text=True)
    assert "nothing matches" in html
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_script_in_results_branch(client):
    payload = "lamp <script>alert(1)</script>"
    html = client.get("/search", query_string={"q": payload}).get_data(as_text=True)
    assert "Desk lamp" in html
    assert "<script>" not in html


def test_attribute_breakout_in_results_branch(client):
    payload = 'chair "><img src=x onerror=alert(1)>'
    html = client.get("/search", query_string={"q": payload}).get_data(as_text=True)
    assert "Office chair" in html
    assert "<img" not in html
