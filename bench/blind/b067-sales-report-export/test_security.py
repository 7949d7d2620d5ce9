import importlib, os, tempfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_scratch_name_not_hijackable(tmp_path, monkeypatch):
    """An attacker who learns/predicts the scratch name and plants a symlink there
    must not get the report written through it."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(mod.tempfile, "tempdir", str(scratch))
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")

    real_mktemp = tempfile.mktemp

    def racing_mktemp(*args, **kwargs):
        name = real_mktemp(*args, **kwargs)
        os.symlink(victim, name)  # attacker wins the race
        return name

    monkeypatch.setattr(mod.tempfile, "mktemp", racing_mktemp)

    dest = tmp_path / "report.csv"
    try:
        mod.export_sales_report([mod.Sale("n", "p", 1, 1.0)], str(dest))
    except OSError:
        pass
    assert victim.read_text() == "precious\n", "report written through attacker symlink"

