import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = mod.app.test_client()


def test_import_payload_does_not_execute(tmp_path):
    marker = tmp_path / "PWNED"
    expr = f"__import__('pathlib').Path({str(marker)!r}).touch() or 1"
    resp = client.post("/api/calc", json={"expression": expr})
    assert not marker.exists()
    assert resp.status_code == 400


def test_cannot_read_globals():
    resp = client.post("/api/calc", json={"expression": "len(str(globals()))"})
    assert resp.status_code == 400
