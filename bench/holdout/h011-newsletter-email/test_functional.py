import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = b"unit-test-key"


def test_welcome_email_contains_personal_fields():
    sub = mod.Subscriber("ana@example.org", "Ana", "Northwind Traders", ["Climate", "Cycling"])
    html = mod.render_welcome_email(sub, KEY)
    assert "Welcome aboard, Ana!" in html
    assert "on behalf of Northwind Traders" in html
    assert "<li>Climate</li><li>Cycling</li>" in html


def test_defaults_when_fields_missing():
    html = mod.render_welcome_email(mod.Subscriber("x@example.org", "  "), KEY)
    assert "Welcome aboard, reader!" in html
    assert "on behalf of" not in html
    assert "<li>Everything</li>" in html


def test_unsubscribe_link_is_signed_and_embedded():
    link = mod.unsubscribe_link("Ana@Example.org", KEY)
    assert link.startswith("https://dispatch.example.com/unsubscribe/")
    assert link != mod.unsubscribe_link("bob@example.org", KEY)
    html = mod.render_welcome_email(mod.Subscriber("Ana@Example.org", "Ana"), KEY)
    assert f'href="{link}"' in html


def test_subject_line_plain_text():
    assert mod.subject_line(mod.Subscriber("a@b.c", "Zoë")) == "Welcome to the Friday Dispatch, Zoë"
