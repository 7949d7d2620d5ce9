import importlib, os, json

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setattr(mod, "CONFIG_HOME", tmp_path / "cfg")
    return tmp_path / "cfg"


def test_path(home):
    assert mod.credentials_path() == home / "shipit" / "default.json"
    assert mod.credentials_path("staging") == home / "shipit" / "staging.json"


def test_roundtrip(home):
    p = mod.save_credentials("tok-abc", "ref-xyz")
    assert p == home / "shipit" / "default.json"
    assert json.loads(p.read_text()) == {"api_token": "tok-abc", "refresh_secret": "ref-xyz"}
    assert mod.load_credentials() == {"api_token": "tok-abc", "refresh_secret": "ref-xyz"}
    assert os.access(p, os.R_OK | os.W_OK)


def test_profiles_and_overwrite(home):
    mod.save_credentials("a", "b", profile="prod")
    mod.save_credentials("c", "d", profile="dev")
    mod.save_credentials("a2", "b2", profile="prod")
    assert mod.load_credentials("prod") == {"api_token": "a2", "refresh_secret": "b2"}
    assert mod.load_credentials("dev") == {"api_token": "c", "refresh_secret": "d"}


def test_missing_and_logout(home):
    assert mod.load_credentials("nope") is None
    assert mod.logout("nope") is False
    mod.save_credentials("x", "y")
    assert mod.logout() is True
    assert mod.load_credentials() is None


def test_corrupt_file_returns_none(home):
    p = mod.credentials_path()
    p.parent.mkdir(parents=True)
    p.write_text("{not json")
    assert mod.load_credentials() is None
