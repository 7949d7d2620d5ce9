import importlib, os, stat

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def other_bits(p):
    return stat.S_IMODE(os.stat(p).st_mode) & 0o007


def test_team_folder_not_world_accessible(tmp_path):
    box = mod.TeamDropbox("finance", root=tmp_path)
    base = box.ensure()
    assert other_bits(base) & 0o002 == 0, "team folder is world-writable"
    assert other_bits(base) == 0, "team folder is open to every local user"


def test_project_folder_not_world_accessible(tmp_path):
    box = mod.TeamDropbox("finance", root=tmp_path)
    box.store("q3", "ledger.xlsx", b"numbers")
    for p in (tmp_path / "finance", tmp_path / "finance" / "q3"):
        assert other_bits(p) & 0o002 == 0, f"{p} is world-writable"
        assert other_bits(p) == 0, f"{p} is open to every local user"
