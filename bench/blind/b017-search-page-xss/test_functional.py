import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest

HEAD = "<!doctype html><html><head><title>Search</title></head><body>"
TAIL = "</body></html>"


@pytest.fixture
def client():
    return mod.app.test_client()


def test_results_page(client):
    resp = client.get("/search?q=desk")
    assert resp.status_code == 200
    assert resp.mimetype == "text/html"
    assert resp.get_data(as_text=True) == (
        HEAD + "<h2>3 result(s) for &quot;desk&quot;</h2><ul>"
        "<li>D-100: Oak desk - $249.00</li><li>D-200: Standing desk - $499.00</li>"
        "<li>L-010: Desk lamp - $39.90</li></ul>" + TAIL
    )


def test_multi_word_query(client):
    html = client.get("/search?q=chair%20lamp").get_data(as_text=True)
    assert "2 result(s) for &quot;chair lamp&quot;" in html
    assert "<li>C-300: Office chair - $189.00</li>" in html


def test_no_results(client):
    html = client.get("/search?q=sofa").get_data(as_text=True)
    assert html == HEAD + '<p class="empty">Sorry, nothing matches <b>sofa</b>.</p>' + TAIL


def test_empty_query(client):
    html = client.get("/search").get_data(as_text=True)
    assert '<p class="empty">Sorry, nothing matches <b></b>.</p>' in html


def test_matching_products():
    assert mod.matching_products("OAK") == [("D-100", "Oak desk", 249.0)]
