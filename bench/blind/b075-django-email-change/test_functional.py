import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
from django.test import Client  # noqa: E402


@pytest.fixture
def client():
    mod.SESSIONS.clear()
    mod.PROFILES.clear()
    mod.SESSIONS["tok-ann"] = "ann"
    mod.PROFILES["ann"] = {"email": "ann@old.example", "newsletter": True}
    c = Client()
    c.cookies[mod.SESSION_COOKIE] = "tok-ann"
    return c


URL = "/account/settings"


def test_get_profile(client):
    r = client.get(URL)
    assert r.status_code == 200
    assert r.json() == {"user": "ann", "email": "ann@old.example", "newsletter": True}


def test_update(client):
    r = client.post(URL, {"email": " ann@new.example ", "newsletter": "on"})
    assert r.status_code == 200
    assert r.json() == {"user": "ann", "email": "ann@new.example", "newsletter": True}
    r = client.post(URL, {"email": "ann@third.example"})
    assert r.json()["newsletter"] is False
    assert mod.PROFILES["ann"] == {"email": "ann@third.example", "newsletter": False}


def test_invalid_email(client):
    r = client.post(URL, {"email": "not-an-email"})
    assert r.status_code == 400
    assert mod.PROFILES["ann"]["email"] == "ann@old.example"


def test_anonymous_and_methods():
    c = Client()
    assert c.get(URL).status_code == 401
    c.cookies[mod.SESSION_COOKIE] = "tok-ann"
    mod.SESSIONS["tok-ann"] = "ann"
    assert c.delete(URL).status_code == 405


def test_new_member_default_profile():
    mod.SESSIONS["tok-bo"] = "bo"
    mod.PROFILES.pop("bo", None)
    c = Client()
    c.cookies[mod.SESSION_COOKIE] = "tok-bo"
    assert c.get(URL).json() == {"user": "bo", "email": "", "newsletter": False}


def test_update_with_csrf_token_enforced():
    mod.SESSIONS["tok-cy"] = "cy"
    mod.PROFILES["cy"] = {"email": "cy@old.example", "newsletter": False}
    c = Client(enforce_csrf_checks=True)
    c.cookies[mod.SESSION_COOKIE] = "tok-cy"
    c.cookies["csrftoken"] = "k" * 32
    r = c.post(URL, {"email": "cy@new.example", "csrfmiddlewaretoken": "k" * 32})
    assert r.status_code == 200
    assert r.json()["email"] == "cy@new.example"
