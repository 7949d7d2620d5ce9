import importlib
import io
import os
import zipfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def build_zip(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries:
            zf.writestr(name, data)
    buf.seek(0)
    return buf


def test_extracts_files_and_folders(tmp_path):
    archive = build_zip([("welcome.html", "<p>Hi</p>"), ("receipts/", ""), ("receipts/paid.html", "<p>Paid</p>")])
    dest = tmp_path / "templates"
    written = mod.extract_bundle(archive, dest)
    assert set(written) == {"welcome.html", "receipts/paid.html"}
    assert (dest / "welcome.html").read_text() == "<p>Hi</p>"
    assert (dest / "receipts" / "paid.html").read_text() == "<p>Paid</p>"


def test_accepts_a_path(tmp_path):
    zpath = tmp_path / "bundle.zip"
    zpath.write_bytes(build_zip([("a/b/c.txt", "deep")]).getvalue())
    mod.extract_bundle(str(zpath), str(tmp_path / "out"))
    assert (tmp_path / "out" / "a" / "b" / "c.txt").read_text() == "deep"
