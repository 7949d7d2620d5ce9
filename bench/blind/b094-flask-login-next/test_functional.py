import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _client():
    mod.app.config["TESTING"] = True
    return mod.app.test_client()


def test_get_form_carries_next():
    r = _client().get("/login?next=/shifts/42")
    assert r.status_code == 200
    assert b'value="/shifts/42"' in r.data


def test_login_redirects_to_local_next():
    c = _client()
    r = c.post("/login?next=/shifts/42?week=3", data={"username": "maria", "password": "shift-lead-1"})
    assert r.status_code == 302
    assert r.headers["Location"] == "/shifts/42?week=3"
    assert c.get("/dashboard").data == b"Hello maria"


def test_login_next_in_form_body():
    c = _client()
    r = c.post("/login", data={"username": "Tom", "password": "tuesdays", "next": "/rota/team-b"})
    assert r.headers["Location"] == "/rota/team-b"


def test_login_default_destination():
    r = _client().post("/login", data={"username": "tom", "password": "tuesdays"})
    assert r.status_code == 302
    assert r.headers["Location"] == "/dashboard"


def test_bad_password():
    c = _client()
    r = c.post("/login?next=/x", data={"username": "tom", "password": "nope"})
    assert r.status_code == 401
    assert b"Invalid login" in r.data
    assert c.get("/dashboard").data == b"Hello guest"
