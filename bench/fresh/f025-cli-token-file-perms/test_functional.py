import importlib
import io
import json
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_login_with_flag(tmp_path, capsys):
    cfg = tmp_path / "cfg"
    assert mod.main(["--token", "tok-123", "--config-dir", str(cfg)]) == 0
    data = json.loads((cfg / "credentials.json").read_text())
    assert data == {"api_url": "https://deploy.example.com/api", "token": "tok-123"}
    assert "credentials saved to" in capsys.readouterr().out
    assert mod.load_token(cfg)["token"] == "tok-123"


def test_login_from_stdin(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("tok-stdin\n"))
    assert mod.main(["--config-dir", str(tmp_path), "--api-url", "https://x.test"]) == 0
    assert mod.load_token(tmp_path) == {"api_url": "https://x.test", "token": "tok-stdin"}


def test_empty_token(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert mod.main(["--config-dir", str(tmp_path)]) == 2


def test_overwrite(tmp_path):
    mod.save_token(tmp_path, "u", "a")
    mod.save_token(tmp_path, "u", "b")
    assert mod.load_token(tmp_path)["token"] == "b"
    assert mod.load_token(tmp_path / "missing") is None
