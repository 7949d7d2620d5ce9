import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def tdir(tmp_path, monkeypatch):
    d = tmp_path / "app" / "templates"
    (d / "email").mkdir(parents=True)
    (d / "email" / "welcome.txt").write_text("Hello $name")
    (tmp_path / "app" / "secrets.env").write_text("DB_PASSWORD=hunter2")
    monkeypatch.setattr(mod, "TEMPLATE_DIR", str(d))
    return tmp_path


def test_dotdot_name(tdir):
    assert mod.load_template("../secrets.env") == ""


def test_nested_dotdot_name(tdir):
    assert mod.load_template("email/../../secrets.env") == ""


def test_absolute_name(tdir):
    assert mod.load_template(str(tdir / "app" / "secrets.env")) == ""


def test_render_does_not_leak(tdir):
    assert "hunter2" not in mod.render("../secrets.env", name="x")
