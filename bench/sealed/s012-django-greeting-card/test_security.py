import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from django.test import RequestFactory  # noqa: E402

rf = RequestFactory()


def test_message_script_not_rendered():
    resp = mod.card_preview(rf.get("/cards/preview", {"to": "Sam", "message": "<script>alert(document.domain)</script>"}))
    assert b"<script>alert(document.domain)</script>" not in resp.content


def test_recipient_markup_not_rendered():
    resp = mod.card_preview(rf.get("/cards/preview", {"to": "<svg onload=alert(1)>", "message": "hi"}))
    assert b"<svg" not in resp.content
