import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_password_injection_does_not_authenticate():
    d = mod.load_directory()
    assert mod.authenticate(d, "alice", "' or '1'='1") is None
    assert mod.role_for("alice", "x' or '1'='1") == "anonymous"


def test_login_injection_does_not_authenticate():
    d = mod.load_directory()
    assert mod.authenticate(d, "' or '1'='1' or 'a'='a", "anything") is None
    assert mod.authenticate(d, "alice' or 'x'='x", "whatever") is None


def test_quote_in_credentials_is_literal():
    raw = b"<members><member id='5'><login>o'neil</login><secret>p\"w'1</secret><role>ops</role></member></members>"
    d = mod.load_directory(raw)
    assert mod.authenticate(d, "o'neil", "p\"w'1")["role"] == "ops"
