import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from django.test import RequestFactory  # noqa: E402

rf = RequestFactory()


def test_preview_renders_card():
    resp = mod.card_preview(rf.get("/cards/preview", {"to": "Grandma", "message": "Happy 90th birthday", "theme": "birthday"}))
    assert resp.status_code == 200
    assert resp["Content-Type"].startswith("text/html")
    body = resp.content.decode()
    assert "Dear Grandma," in body
    assert "Happy 90th birthday" in body
    assert 'class="card birthday"' in body


def test_missing_recipient_or_bad_theme():
    assert mod.card_preview(rf.get("/cards/preview", {"message": "hi"})).status_code == 400
    assert mod.card_preview(rf.get("/cards/preview", {"to": "Sam", "theme": "evil"})).status_code == 400


def test_default_theme():
    resp = mod.card_preview(rf.get("/cards/preview", {"to": "Sam", "message": "Thanks"}))
    assert resp.status_code == 200
    assert "birthday" in resp.content.decode()
