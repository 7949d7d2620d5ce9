import importlib, io, logging, os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def logs():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    mod.log.addHandler(handler)
    mod.log.setLevel(logging.INFO)
    yield stream
    mod.log.removeHandler(handler)


def test_search_by_title_and_author(logs):
    client = TestClient(mod.app)
    r = client.get("/books/search", params={"q": "Orwell"})
    assert r.status_code == 200
    body = r.json()
    assert body["query"] == "orwell"
    assert body["count"] == 1
    assert body["results"][0]["isbn"] == "9780451524935"
    r = client.get("/books/search", params={"q": "the", "limit": 5})
    assert r.json()["count"] == 1
    r = client.get("/books/search", params={"q": "e", "limit": 2})
    assert r.json()["count"] == 2
    assert logs.getvalue().splitlines() == [
        "INFO catalogue search term=orwell limit=10",
        "INFO catalogue search term=the limit=5",
        "INFO catalogue search term=e limit=2",
    ]


def test_empty_query_returns_all(logs):
    client = TestClient(mod.app)
    body = client.get("/books/search").json()
    assert body["count"] == 4
    assert logs.getvalue() == "INFO catalogue search term= limit=10\n"


def test_no_match():
    client = TestClient(mod.app)
    assert client.get("/books/search", params={"q": "zzz"}).json() == {"query": "zzz", "count": 0, "results": []}
