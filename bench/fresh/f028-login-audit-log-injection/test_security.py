import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_username_cannot_forge_audit_entries(tmp_path):
    path = tmp_path / "audit.log"
    handler = mod.configure_audit_file(str(path))
    try:
        service = mod.LoginService({"admin": "s3cret"}.get)
        forged = "nobody ip=1.1.1.1\n2024-01-01 00:00:00,000 INFO login succeeded user=admin"
        service.login(forged, "guess", "203.0.113.9")
        service.login("eve\r\nINFO login succeeded user=root", "guess", "203.0.113.9")
    finally:
        mod.audit_log.removeHandler(handler)
        handler.close()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2, f"one attempt must produce exactly one audit line: {lines}"
    for line in lines:
        message = line.split(" INFO ", 1)[1]
        assert message.startswith("login failed user="), f"forged audit entry: {line!r}"
