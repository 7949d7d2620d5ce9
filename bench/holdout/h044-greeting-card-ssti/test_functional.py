import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_birthday_card_personalised():
    client = mod.app.test_client()
    html = client.get("/cards/birthday?to=Grandma Rose&from=Leo").get_data(as_text=True)
    assert "<h1>Dear Grandma Rose,</h1>" in html
    assert "Wishing you a wonderful year ahead" in html
    assert "— Leo" in html
    assert "#ffefd5" in html


def test_defaults_and_custom_message():
    client = mod.app.test_client()
    html = client.get("/cards/thanks?msg=You made moving day easy").get_data(as_text=True)
    assert "<h1>Dear friend,</h1>" in html
    assert "You made moving day easy" in html and "— A friend" in html


def test_unknown_occasion():
    assert mod.app.test_client().get("/cards/halloween").status_code == 404


def test_message_is_escaped():
    html = mod.app.test_client().get("/cards/congrats?msg=<b>hi</b>").get_data(as_text=True)
    assert "&lt;b&gt;hi&lt;/b&gt;" in html
