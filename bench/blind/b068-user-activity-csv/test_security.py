import importlib, os
from datetime import datetime

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

EVENTS = [{"when": datetime(2024, 1, 1), "action": "login", "target": "secret-project"}]


def test_planted_symlink_not_followed(tmp_path, monkeypatch):
    shared = tmp_path / "shared_tmp"
    shared.mkdir()
    monkeypatch.setattr(mod, "TMP_DIR", str(shared))
    victim = tmp_path / "victim_config"
    victim.write_text("keep me\n")
    os.symlink(victim, shared / "alice_activity.csv")
    try:
        path = mod.build_activity_export("alice", EVENTS)
    except OSError:
        path = None
    assert victim.read_text() == "keep me\n", "export clobbered the symlink target"
    if path is not None:
        assert not os.path.islink(path)


def test_attacker_precreated_file_not_reused(tmp_path, monkeypatch):
    shared = tmp_path / "shared_tmp"
    shared.mkdir()
    monkeypatch.setattr(mod, "TMP_DIR", str(shared))
    planted = shared / "bob_activity.csv"
    planted.write_text("")  # attacker-owned file they can read later
    try:
        mod.build_activity_export("bob", EVENTS)
    except OSError:
        pass
    assert "secret-project" not in planted.read_text(), "export landed in attacker's file"
