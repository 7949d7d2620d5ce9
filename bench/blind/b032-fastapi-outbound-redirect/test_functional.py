import importlib, os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client():
    mod.click_counts.clear()
    return TestClient(mod.app, follow_redirects=False)


@pytest.mark.parametrize(
    "url",
    [
        "https://shop.example.com/",
        "https://shop.example.com/deals/summer?utm_source=newsletter&utm_medium=email",
        "https://help.example.com/articles/42#returns",
        "http://blog.example.org/2024/05/launch",
    ],
)
def test_partner_links_redirect(client, url):
    resp = client.get("/out", params={"to": url, "campaign": "may-2024"})
    assert resp.status_code == 302
    assert resp.headers["location"] == url


def test_clicks_are_counted(client):
    client.get("/out", params={"to": "https://shop.example.com/a", "campaign": "c1"})
    client.get("/out", params={"to": "https://shop.example.com/a", "campaign": "c1"})
    client.get("/out", params={"to": " https://help.example.com/b "})
    assert mod.click_counts[("c1", "https://shop.example.com/a")] == 2
    assert mod.click_counts[("direct", "https://help.example.com/b")] == 1
    assert client.get("/stats").json() == {"clicks": 3}


@pytest.mark.parametrize("url", ["https://www.google.com/", "https://unknown.example.net/page"])
def test_unlisted_sites_rejected(client, url):
    resp = client.get("/out", params={"to": url})
    assert resp.status_code == 400
    assert resp.json() == {"detail": "Destination not allowed"}
    assert sum(mod.click_counts.values()) == 0


def test_missing_param(client):
    assert client.get("/out").status_code == 422


def test_helper_accepts_partner_hosts():
    assert mod.is_allowed_destination("https://help.example.com/x") is True
    assert mod.is_allowed_destination("https://example.com/") is False
