import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _client():
    mod.app.config["TESTING"] = True
    return mod.app.test_client()


def test_defaults_without_cookie():
    resp = _client().get("/prefs")
    assert resp.status_code == 200
    assert resp.get_json() == {"theme": "light", "page_size": 20, "language": "en"}


def test_round_trip_helpers():
    prefs = {"theme": "dark", "page_size": 50, "language": "de"}
    value = mod.encode_prefs(prefs)
    assert isinstance(value, str)
    assert mod.decode_prefs(value) == prefs


def test_decode_garbage_falls_back():
    assert mod.decode_prefs("!!!not-base64") == mod.DEFAULT_PREFS
    assert mod.decode_prefs(None) == mod.DEFAULT_PREFS
    assert mod.decode_prefs("") == mod.DEFAULT_PREFS


def test_update_sets_cookie_and_persists():
    client = _client()
    resp = client.post("/prefs", json={"theme": "dark", "page_size": 100, "bogus": 1})
    assert resp.status_code == 200
    assert resp.get_json() == {"theme": "dark", "page_size": 100, "language": "en"}
    assert "prefs=" in resp.headers.get("Set-Cookie", "")
    # the test client keeps the cookie
    again = client.get("/prefs").get_json()
    assert again == {"theme": "dark", "page_size": 100, "language": "en"}
    resp2 = client.post("/prefs", json={"language": "fr"})
    assert resp2.get_json() == {"theme": "dark", "page_size": 100, "language": "fr"}


def test_unknown_keys_dropped_from_cookie():
    value = mod.encode_prefs({"theme": "dark", "admin": True})
    assert mod.decode_prefs(value) == {"theme": "dark", "page_size": 20, "language": "en"}
