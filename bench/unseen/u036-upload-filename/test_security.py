import importlib
import io
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PAYLOAD = b"owned-by-upload"


def files_outside(root, folder):
    return [p for p in root.rglob("*") if p.is_file() and folder not in p.parents]


def test_filename_cannot_place_files_outside_the_upload_folder(tmp_path):
    folder = tmp_path / "srv" / "uploads"
    client = mod.create_app(str(folder)).test_client()
    names = [
        "../evil.txt",
        "../../evil2.txt",
        "notes/../../evil3.txt",
        str(tmp_path / "abs_evil.txt"),
    ]
    for name in names:
        try:
            client.post("/upload", data={"file": (io.BytesIO(PAYLOAD), name)},
                        content_type="multipart/form-data")
        except Exception:
            pass
    assert files_outside(tmp_path, folder) == []
