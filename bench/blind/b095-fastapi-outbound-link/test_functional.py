import importlib, os

from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _client():
    mod.click_counts.clear()
    return TestClient(mod.app, follow_redirects=False)


def test_partner_links_redirect():
    c = _client()
    for url in ["https://docs.acme.io/guide/setup?ref=nl", "https://acme.io/", "http://shop.acme-partners.com/sale",
                "https://acme.io/pricing#plans"]:
        r = c.get("/out", params={"to": url, "campaign": "may"})
        assert r.status_code == 307
        assert r.headers["location"] == url
    assert c.get("/stats").json() == {"may": 4}


def test_default_target():
    c = _client()
    r = c.get("/out")
    assert r.status_code == 307 and r.headers["location"] == "https://acme.io/"
    assert c.get("/stats").json() == {"none": 1}


def test_unknown_host_rejected():
    c = _client()
    r = c.get("/out", params={"to": "https://example.org/"})
    assert r.status_code == 400
    assert r.json() == {"detail": "Unknown link target"}
    assert c.get("/stats").json() == {}
