import importlib, os
from urllib.parse import urlsplit

import pytest
from werkzeug.security import generate_password_hash

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(monkeypatch):
    # cheap hashes keep the suite fast; the login logic is unchanged
    monkeypatch.setattr(mod, "USERS", {
        "analyst": generate_password_hash("quarterly-numbers", method="pbkdf2:sha256:1000"),
        "manager": generate_password_hash("approve-all-the-things", method="pbkdf2:sha256:1000"),
    })
    mod.app.config["TESTING"] = True
    return mod.app.test_client()


def path_of(resp):
    parts = urlsplit(resp.headers["Location"])
    return parts.path + ("?" + parts.query if parts.query else "")


def test_login_form_carries_next(client):
    resp = client.get("/login?next=/reports/weekly")
    assert resp.status_code == 200
    assert 'value="/reports/weekly"' in resp.get_data(as_text=True)


def test_login_without_next_goes_to_dashboard(client):
    resp = client.post("/login", data={"username": "analyst", "password": "quarterly-numbers"})
    assert resp.status_code == 302
    assert path_of(resp) == "/dashboard"
    follow = client.get("/dashboard")
    assert follow.get_data(as_text=True) == "Welcome back, analyst"


@pytest.mark.parametrize("target", ["/reports/weekly", "/reports?week=3&team=ops", "/dashboard#charts", "/a/b/c/"])
def test_login_redirects_to_local_next_in_query(client, target):
    resp = client.post("/login?next=" + target.replace("&", "%26").replace("#", "%23"),
                       data={"username": "manager", "password": "approve-all-the-things"})
    assert resp.status_code == 302
    loc = resp.headers["Location"]
    parts = urlsplit(loc)
    assert parts.netloc in ("", "localhost")
    assert parts.path == urlsplit(target).path
    assert parts.query == urlsplit(target).query


def test_login_redirects_to_local_next_in_form(client):
    resp = client.post("/login", data={"username": "analyst", "password": "quarterly-numbers",
                                       "next": "/exports/latest"})
    assert path_of(resp) == "/exports/latest"


@pytest.mark.parametrize("user,pw", [("analyst", "wrong"), ("nobody", "x"), ("", "")])
def test_bad_credentials(client, user, pw):
    resp = client.post("/login?next=/reports", data={"username": user, "password": pw})
    assert resp.status_code == 401
    with client.session_transaction() as sess:
        assert "user" not in sess


def test_dashboard_requires_login(client):
    resp = client.get("/dashboard")
    assert resp.status_code == 302
    assert path_of(resp) == "/login?next=/dashboard" or path_of(resp) == "/login?next=%2Fdashboard"
