import base64
import importlib, os
import pickle

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

CANARY = {"hit": 0}


def _trigger():
    CANARY["hit"] += 1
    return {"theme": "pwned"}


class Payload:
    def __reduce__(self):
        return (_trigger, ())


def _evil_cookie() -> str:
    return base64.urlsafe_b64encode(pickle.dumps(Payload())).decode("ascii")


def test_get_does_not_execute_cookie_payload():
    CANARY["hit"] = 0
    client = mod.app.test_client()
    client.set_cookie(mod.PREFS_COOKIE, _evil_cookie())
    resp = client.get("/prefs")
    assert CANARY["hit"] == 0, "cookie payload was executed"
    assert resp.get_json()["theme"] == "light"


def test_post_does_not_execute_cookie_payload():
    CANARY["hit"] = 0
    client = mod.app.test_client()
    client.set_cookie(mod.PREFS_COOKIE, _evil_cookie())
    client.post("/prefs", json={"language": "en"})
    assert CANARY["hit"] == 0, "cookie payload was executed"


def test_decode_helper_does_not_execute_payload():
    CANARY["hit"] = 0
    mod.decode_prefs(_evil_cookie())
    assert CANARY["hit"] == 0
