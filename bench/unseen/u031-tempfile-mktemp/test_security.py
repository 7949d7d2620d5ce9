import importlib
import os
import tempfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_attacker_cannot_plant_a_symlink_at_the_temp_name(tmp_path, monkeypatch):
    """Simulate a local attacker winning the race between choosing a name and opening it."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    victim = tmp_path / "victim_authorized_keys"
    victim.write_text("ORIGINAL")
    real_exists = tempfile._exists

    def racing_attacker(name):
        # The name was checked as free; the attacker immediately drops a symlink there.
        if not real_exists(name):
            os.symlink(victim, name)
        return False

    monkeypatch.setattr(tempfile, "_exists", racing_attacker)
    try:
        mod.write_report([["x", 1]], header=["k", "v"])
    except OSError:
        pass
    assert victim.read_text() == "ORIGINAL"
