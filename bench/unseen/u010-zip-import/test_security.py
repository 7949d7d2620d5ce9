import importlib
import io
import os
import zipfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def build_zip(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries:
            zf.writestr(zipfile.ZipInfo(name), data)
    buf.seek(0)
    return buf


def test_members_cannot_be_written_outside_destination(tmp_path):
    dest = tmp_path / "uploads" / "templates"
    absolute = tmp_path / "abs_escape.txt"
    cases = [
        "../escape1.txt",
        "../../escape2.txt",
        "receipts/../../../escape3.txt",
        str(absolute),
    ]
    for name in cases:
        try:
            mod.extract_bundle(build_zip([("ok.html", "fine"), (name, "owned")]), dest)
        except Exception:
            pass
    for path in (tmp_path / "uploads" / "escape1.txt", tmp_path / "escape2.txt", tmp_path / "escape3.txt", absolute):
        assert not path.exists(), path
