import importlib, os
import logging

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client():
    return TestClient(mod.app)


def logged(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "recipes.search"]


@pytest.mark.parametrize(
    "q,ids",
    [
        ("curry", [2, 3]),
        ("CURRY", [2, 3]),
        ("vegetarian", [1, 3]),
        ("tart", [4]),
        ("green curry", [3]),
        ("pizza", []),
    ],
)
def test_search_results(client, q, ids):
    resp = client.get("/recipes/search", params={"q": q})
    assert resp.status_code == 200
    assert resp.json() == {"query": q, "total": len(ids), "ids": ids}


def test_term_is_trimmed_and_logged(client, caplog):
    caplog.set_level(logging.INFO, logger="recipes.search")
    resp = client.get("/recipes/search", params={"q": "  soup  "})
    assert resp.json() == {"query": "soup", "total": 1, "ids": [1]}
    assert logged(caplog) == ["recipe search term=soup hits=1"]


def test_multiword_logged_exactly(client, caplog):
    caplog.set_level(logging.INFO, logger="recipes.search")
    client.get("/recipes/search", params={"q": "Lemon tart"})
    client.get("/recipes/search", params={"q": "nothing here"})
    assert logged(caplog) == [
        "recipe search term=Lemon tart hits=1",
        "recipe search term=nothing here hits=0",
    ]


def test_missing_query_rejected(client):
    assert client.get("/recipes/search").status_code == 422
