import importlib, os
import json

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_add_and_authenticate(tmp_path):
    store = mod.UserStore(tmp_path / "users.json")
    store.add_user("root", "Adm1n!pass", role="admin")
    store.add_user("viewer1", "just-looking")
    assert store.authenticate("root", "Adm1n!pass") == "admin"
    assert store.authenticate("viewer1", "just-looking") == "viewer"
    assert store.authenticate("root", "wrong") is None
    assert store.authenticate("nobody", "x") is None
    assert store.usernames() == ["root", "viewer1"]


def test_persisted_and_reloaded(tmp_path):
    path = tmp_path / "users.json"
    mod.UserStore(path).add_user("ops", "on-call-2024", role="operator")
    data = json.loads(path.read_text())
    assert set(data) == {"ops"}
    assert data["ops"]["role"] == "operator"
    assert "on-call-2024" not in path.read_text()
    assert mod.UserStore(path).authenticate("ops", "on-call-2024") == "operator"


def test_replace_user(tmp_path):
    store = mod.UserStore(tmp_path / "u.json")
    store.add_user("sam", "first-pass")
    store.add_user("sam", "second-pass", role="editor")
    assert store.authenticate("sam", "first-pass") is None
    assert store.authenticate("sam", "second-pass") == "editor"


def test_empty_store(tmp_path):
    store = mod.UserStore(tmp_path / "missing.json")
    assert store.usernames() == []
    assert not (tmp_path / "missing.json").exists()
