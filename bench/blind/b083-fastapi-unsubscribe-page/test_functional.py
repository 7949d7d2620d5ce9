import importlib, os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client():
    mod.SUBSCRIPTIONS.clear()
    mod.SUBSCRIPTIONS["ann@example.com"] = {"weekly", "offers"}
    return TestClient(mod.app)


def main_of(html):
    return html.split("<main>", 1)[1].split("</main>", 1)[0]


def test_unsubscribe_default_list(client):
    r = client.get("/unsubscribe", params={"email": "ann@example.com"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert main_of(r.text) == ("<h1>Done</h1><p><b>ann@example.com</b> will no longer "
                               "receive <i>Weekly Digest</i>.</p>")
    assert mod.SUBSCRIPTIONS["ann@example.com"] == {"offers"}
    assert r.text.startswith("<!doctype html>")


def test_named_list_and_case(client):
    r = client.get("/unsubscribe", params={"email": "ANN@example.com", "list": "offers"})
    assert "<i>Partner Offers</i>" in r.text and "<b>ANN@example.com</b>" in r.text
    assert mod.SUBSCRIPTIONS["ann@example.com"] == {"weekly"}


def test_not_subscribed(client):
    r = client.get("/unsubscribe", params={"email": "bob@example.com", "list": "release"})
    assert main_of(r.text) == ("<h1>Nothing to do</h1><p><b>bob@example.com</b> is not "
                               "subscribed to <i>Release Notes</i>.</p>")


def test_unknown_list_shown_by_id(client):
    r = client.get("/unsubscribe", params={"email": "ann@example.com", "list": "beta-testers"})
    assert "<i>beta-testers</i>" in r.text


def test_validation(client):
    assert client.get("/unsubscribe").status_code == 422
    assert client.get("/unsubscribe", params={"email": "a"}).status_code == 422
