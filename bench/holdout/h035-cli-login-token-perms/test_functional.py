import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_login_saves_token(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ACME_PASSWORD", "pw")
    calls = []
    rc = mod.main(["--user", "dev@acme.test", "--home", str(tmp_path)],
                  fetch_token=lambda u, p: calls.append((u, p)) or "tok_abc123")
    assert rc == 0 and calls == [("dev@acme.test", "pw")]
    assert "token saved to" in capsys.readouterr().out
    assert mod.load_token(home=str(tmp_path)) == "tok_abc123"


def test_profiles_are_kept_separately(tmp_path):
    mod.save_token("tok_one", "default", str(tmp_path))
    mod.save_token("tok_two", "staging", str(tmp_path))
    mod.save_token("tok_three", "default", str(tmp_path))
    assert mod.load_token("default", str(tmp_path)) == "tok_three"
    assert mod.load_token("staging", str(tmp_path)) == "tok_two"
    assert mod.load_token("prod", str(tmp_path)) is None


def test_home_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("ACMECTL_HOME", str(tmp_path / "cfg"))
    assert mod.config_path() == tmp_path / "cfg" / "credentials.json"
