import base64

import importlib
import os
import pickle

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class Exploit:
    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


def _client():
    app = mod.create_app(lambda u, p: (u, p) == ("alice", "pw"))
    app.testing = False
    return app.test_client()


def test_pickle_cookie_does_not_execute(tmp_path):
    marker = tmp_path / "rce-marker"
    payload = base64.urlsafe_b64encode(pickle.dumps(Exploit(str(marker)))).decode()
    client = _client()
    client.set_cookie(mod.REMEMBER_COOKIE, payload)
    client.get("/me")
    assert not marker.exists()


def test_forged_cookie_cannot_impersonate_admin():
    client = _client()
    client.post("/login", data={"username": "alice", "password": "pw", "remember": "1"})
    forged = base64.urlsafe_b64encode(pickle.dumps(mod.RememberToken("admin", ["admin"]))).decode()
    client.set_cookie(mod.REMEMBER_COOKIE, forged)
    resp = client.get("/me")
    assert resp.status_code == 401 or resp.get_json().get("user") != "admin"
