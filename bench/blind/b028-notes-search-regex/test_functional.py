import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client():
    return mod.app.test_client()


@pytest.mark.parametrize(
    "q,ids",
    [
        ("budget", ["n1", "n3"]),
        ("BUDGET", ["n1", "n3"]),
        ("offsite", ["n4"]),
        ("VPN access", ["n2"]),
        ("Retro", ["n3"]),
        ("kubernetes", []),
    ],
)
def test_keyword_search(client, q, ids):
    resp = client.get("/api/notes/search", query_string={"q": q})
    assert resp.status_code == 200
    data = resp.get_json()
    assert data["query"] == q
    assert data["count"] == len(ids)
    assert [r["id"] for r in data["results"]] == ids


def test_results_carry_titles(client):
    data = client.get("/api/notes/search?q=checklist").get_json()
    assert data["results"] == [{"id": "n2", "title": "Onboarding checklist"}]


def test_case_sensitive_mode(client):
    data = client.get("/api/notes/search", query_string={"q": "budget", "case": "sensitive"}).get_json()
    assert [r["id"] for r in data["results"]] == ["n1", "n3"]
    data = client.get("/api/notes/search", query_string={"q": "Budget", "case": "sensitive"}).get_json()
    assert data["count"] == 0


def test_keyword_is_trimmed(client):
    data = client.get("/api/notes/search", query_string={"q": "  lisbon "}).get_json()
    assert data["query"] == "lisbon" and data["count"] == 1


@pytest.mark.parametrize("qs", ["", "?q=", "?q=%20%20"])
def test_missing_keyword(client, qs):
    resp = client.get("/api/notes/search" + qs)
    assert resp.status_code == 400
    assert "error" in resp.get_json()


def test_notes_can_be_replaced(client, monkeypatch):
    monkeypatch.setattr(mod, "NOTES", [{"id": "x", "title": "Alpha", "body": "beta gamma"}])
    assert client.get("/api/notes/search?q=gamma").get_json()["count"] == 1
