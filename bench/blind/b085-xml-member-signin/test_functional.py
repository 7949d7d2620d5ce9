import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_valid_logins():
    d = mod.load_directory()
    assert mod.authenticate(d, "alice", "wonderland") == {"id": "1", "login": "alice", "role": "admin"}
    assert mod.authenticate(d, "bob", "builder42") == {"id": "2", "login": "bob", "role": "editor"}
    assert mod.authenticate(d, "carol", "c4r0l!") == {"id": "3", "login": "carol", "role": "viewer"}


def test_wrong_password_and_unknown_user():
    d = mod.load_directory()
    assert mod.authenticate(d, "alice", "nope") is None
    assert mod.authenticate(d, "bob", "wonderland") is None
    assert mod.authenticate(d, "mallory", "x") is None
    assert mod.authenticate(d, "", "") is None


def test_role_for():
    assert mod.role_for("bob", "builder42") == "editor"
    assert mod.role_for("bob", "bad") == "anonymous"


def test_custom_directory():
    raw = b"<members><member id='9'><login>dan</login><secret>pw</secret><role>ops</role></member></members>"
    d = mod.load_directory(raw)
    assert mod.authenticate(d, "dan", "pw")["role"] == "ops"
