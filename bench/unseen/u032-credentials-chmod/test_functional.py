import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_round_trip(tmp_path):
    path = tmp_path / "cfg" / "credentials.json"
    returned = mod.save_credentials("alice", "tok_abc123", path)
    assert os.fspath(returned) == os.fspath(path)
    assert mod.load_credentials(path) == {"username": "alice", "token": "tok_abc123"}
    assert os.access(path, os.R_OK | os.W_OK)


def test_overwrite(tmp_path):
    path = tmp_path / "credentials.json"
    mod.save_credentials("alice", "old", path)
    mod.save_credentials("alice", "new", path)
    assert mod.load_credentials(path)["token"] == "new"


def test_missing_file(tmp_path):
    assert mod.load_credentials(tmp_path / "none.json") is None
