import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def tdir(tmp_path, monkeypatch):
    d = tmp_path / "templates"
    (d / "email").mkdir(parents=True)
    (d / "sms" / "fr").mkdir(parents=True)
    (d / "email" / "welcome.txt").write_text("Hello $name, welcome to $site!\n")
    (d / "sms" / "fr" / "code.txt").write_text("Votre code : $code")
    (d / "plain.txt").write_text("No placeholders here.")
    (d / "latin.txt").write_bytes(b"caf\xe9")
    monkeypatch.setattr(mod, "TEMPLATE_DIR", str(d))
    return d


def test_load_top_level(tdir):
    assert mod.load_template("plain.txt") == "No placeholders here."


def test_load_nested(tdir):
    assert mod.load_template("email/welcome.txt") == "Hello $name, welcome to $site!\n"
    assert mod.load_template("sms/fr/code.txt") == "Votre code : $code"


def test_errors_give_empty_string(tdir):
    assert mod.load_template("missing.txt") == ""
    assert mod.load_template("email") == ""
    assert mod.load_template("latin.txt") == ""


def test_render(tdir):
    assert mod.render("email/welcome.txt", name="Ana", site="Shop") == "Hello Ana, welcome to Shop!\n"
    assert mod.render("sms/fr/code.txt") == "Votre code : $code"
    assert mod.render("nope.txt", name="x") == ""
