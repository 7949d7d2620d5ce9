import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def client():
    return mod.create_app({"TESTING": True}).test_client()


def test_empty_list():
    assert client().get("/notes").get_json() == []


def test_add_and_get():
    c = client()
    r = c.post("/notes", json={"text": "  buy milk ", "tags": ["home"]})
    assert r.status_code == 201
    assert r.get_json() == {"id": 1, "text": "buy milk", "tags": ["home"]}
    r2 = c.post("/notes", json={"text": "call bob"})
    assert r2.get_json()["id"] == 2
    assert c.get("/notes/1").get_json()["text"] == "buy milk"
    assert [n["id"] for n in c.get("/notes").get_json()] == [1, 2]


def test_errors():
    c = client()
    assert c.post("/notes", json={"text": "   "}).status_code == 400
    assert c.post("/notes", data="nope").status_code == 400
    assert c.get("/notes/99").status_code == 404


def test_overrides_applied():
    app = mod.create_app({"MAX_CONTENT_LENGTH": 10, "TESTING": True})
    assert app.config["MAX_CONTENT_LENGTH"] == 10
    assert app.config["JSON_SORT_KEYS"] is False


def test_separate_apps_separate_state():
    a, b = client(), client()
    a.post("/notes", json={"text": "x"})
    assert b.get("/notes").get_json() == []
