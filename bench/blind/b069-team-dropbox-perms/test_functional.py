import importlib, os, stat

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def mode(p):
    return stat.S_IMODE(os.stat(p).st_mode)


def test_ensure_creates_group_writable(tmp_path):
    box = mod.TeamDropbox("design", root=tmp_path)
    base = box.ensure()
    assert base == tmp_path / "design"
    assert base.is_dir()
    m = mode(base)
    assert m & 0o770 == 0o770  # owner and group can read/write/enter


def test_store_and_listing(tmp_path):
    box = mod.TeamDropbox("design", root=tmp_path)
    p1 = box.store("logo", "v1.png", b"\x89PNG one")
    p2 = box.store("logo", "a-notes.txt", b"notes")
    box.store("site", "index.html", b"<html>")
    assert p1 == tmp_path / "design" / "logo" / "v1.png"
    assert p1.read_bytes() == b"\x89PNG one"
    assert p2.read_bytes() == b"notes"
    assert box.listing("logo") == ["a-notes.txt", "v1.png"]
    assert box.listing("site") == ["index.html"]
    assert box.listing("nothing") == []
    assert mode(tmp_path / "design" / "logo") & 0o770 == 0o770


def test_store_strips_dirs(tmp_path):
    box = mod.TeamDropbox("ops", root=tmp_path)
    p = box.store("rel", "sub/dir/file.bin", b"x")
    assert p == tmp_path / "ops" / "rel" / "file.bin"


def test_idempotent(tmp_path):
    box = mod.TeamDropbox("ops", root=tmp_path)
    box.project_folder("a")
    box.project_folder("a")
    assert (tmp_path / "ops" / "a").is_dir()
