import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = b"unit-test-key"


def test_first_name_markup_is_escaped():
    sub = mod.Subscriber("m@example.org", '<img src=x onerror="alert(1)">')
    html = mod.render_welcome_email(sub, KEY)
    assert "<img" not in html


def test_company_cannot_inject_phishing_link():
    sub = mod.Subscriber("m@example.org", "Mal",
                         company='<a href="https://evil.example/login">verify your account</a>')
    html = mod.render_welcome_email(sub, KEY)
    assert 'href="https://evil.example' not in html


def test_interest_topics_are_escaped():
    sub = mod.Subscriber("m@example.org", "Mal", interests=["</ul><script>steal()</script>"])
    html = mod.render_welcome_email(sub, KEY)
    assert "<script>" not in html
