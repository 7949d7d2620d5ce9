import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _card(to):
    resp = mod.app.test_client().get("/cards/birthday", query_string={"to": to})
    return resp.status_code, resp.get_data(as_text=True)


def test_recipient_is_not_evaluated_as_template():
    _, html = _card("{{ 7 * 191 }}")
    assert "1337" not in html, "recipient name was evaluated by Jinja (SSTI)"


def test_recipient_cannot_read_app_config():
    mod.app.config["SECRET_KEY"] = "ecard-signing-key-do-not-leak"
    _, html = _card("{{ config.SECRET_KEY }}")
    assert "ecard-signing-key-do-not-leak" not in html


def test_recipient_markup_is_escaped():
    _, html = _card("<script>alert(1)</script>")
    assert "<script>" not in html
