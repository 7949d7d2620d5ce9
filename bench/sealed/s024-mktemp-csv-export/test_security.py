import importlib
import itertools
import os
import stat
import tempfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ROWS = [("A-1", "ann@example.com", 19.99, "paid")]
PREFIXES = ["tmp", "orders-", "orders_", "orders", "export-", "export_", "export", ""]
SUFFIXES = [".csv", ""]


def test_planted_symlink_is_not_followed(tmp_path, monkeypatch):
    """An attacker who wins the race plants a symlink at the chosen name."""
    tdir = tmp_path / "tmp"
    tdir.mkdir()
    victim = tmp_path / "victim.conf"
    victim.write_text("precious")
    for pre, suf in itertools.product(PREFIXES, SUFFIXES):
        os.symlink(victim, tdir / f"{pre}RACE{suf}")
    monkeypatch.setattr(tempfile, "tempdir", str(tdir))
    names = itertools.chain(["RACE"], (f"safe{i}" for i in itertools.count()))
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: names)
    # the existence check happened before the attacker created the link
    monkeypatch.setattr(tempfile, "_exists", lambda fn: False, raising=False)
    try:
        mod.export_orders_csv([mod.OrderRow(*r) for r in ROWS])
    except OSError:
        pass
    assert victim.read_text() == "precious"


def test_export_not_readable_by_others(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old = os.umask(0o022)
    try:
        path = mod.export_orders_csv([mod.OrderRow(*r) for r in ROWS])
    finally:
        os.umask(old)
    file_private = stat.S_IMODE(os.stat(path).st_mode) & 0o077 == 0
    parent = os.path.dirname(os.path.abspath(path))
    dir_private = parent != str(tmp_path) and stat.S_IMODE(os.stat(parent).st_mode) & 0o077 == 0
    assert file_private or dir_private
