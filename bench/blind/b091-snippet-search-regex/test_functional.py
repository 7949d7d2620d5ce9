import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_keyword_hits():
    c = mod.app.test_client()
    r = c.get("/snippets/search?q=backoff")
    assert r.status_code == 200
    assert r.get_json() == {"q": "backoff", "ids": ["s1"], "total": 1}
    assert c.get("/snippets/search?q=REGION").get_json()["ids"] == ["s2"]
    assert c.get("/snippets/search?q=use").get_json()["ids"] == ["s1", "s4"]
    assert c.get("/snippets/search", query_string={"q": "git switch"}).get_json()["ids"] == ["s3"]


def test_no_hits_and_missing():
    c = mod.app.test_client()
    assert c.get("/snippets/search?q=kubernetes").get_json()["total"] == 0
    assert c.get("/snippets/search").status_code == 400
    assert c.get("/snippets/search?q=%20%20").status_code == 400


def test_find_snippets_function(monkeypatch):
    monkeypatch.setattr(mod, "SNIPPETS", [{"id": "x", "title": "Alpha", "body": "beta gamma"}])
    assert [s["id"] for s in mod.find_snippets("GAMMA")] == ["x"]
    assert mod.find_snippets("delta") == []
