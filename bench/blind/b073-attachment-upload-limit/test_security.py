import importlib, os, io

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

HUGE = b"\0" * (64 * 1024 * 1024)  # 64 MiB stands in for "unbounded"


@pytest.fixture
def client(tmp_path, monkeypatch):
    monkeypatch.setattr(mod, "UPLOAD_DIR", tmp_path / "att")
    return mod.app.test_client()


def stored(tmp_path):
    d = tmp_path / "att"
    return list(d.iterdir()) if d.exists() else []


def test_raw_upload_rejected_when_huge(client, tmp_path):
    r = client.post("/attachments", data=HUGE, content_type="application/octet-stream")
    assert r.status_code in (400, 413), f"huge raw body accepted ({r.status_code})"
    assert stored(tmp_path) == []


def test_form_upload_rejected_when_huge(client, tmp_path):
    r = client.post("/attachments/form", data={"file": (io.BytesIO(HUGE), "big.bin")},
                    content_type="multipart/form-data")
    assert r.status_code in (400, 413), f"huge multipart body accepted ({r.status_code})"
    assert stored(tmp_path) == []
