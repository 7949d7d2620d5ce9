import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

CREDS = {"email": "Sam@Example.org", "password": "rota-planner-1"}


def test_login_then_access_shifts():
    client = mod.app.test_client()
    resp = client.post("/login", data=CREDS)
    assert resp.status_code == 200 and resp.get_json() == {"user": "sam@example.org"}
    shifts = client.get("/shifts")
    assert shifts.status_code == 200 and shifts.get_json()["user"] == "sam@example.org"


def test_bad_password_and_anonymous():
    client = mod.app.test_client()
    assert client.post("/login", data={**CREDS, "password": "nope"}).status_code == 401
    assert client.get("/shifts").status_code == 401


def test_logout_ends_session():
    client = mod.app.test_client()
    client.post("/login", data=CREDS)
    client.post("/logout")
    assert client.get("/shifts").status_code == 401


def test_cookie_lifetime():
    resp = mod.app.test_client().post("/login", data=CREDS)
    assert "Max-Age=28800" in resp.headers["Set-Cookie"]
