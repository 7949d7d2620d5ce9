from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(tmp_path: Path) -> Iterator[FlaskClient]:
    (tmp_path / "t-17").mkdir()
    (tmp_path / "t-17" / "screenshot.png").write_bytes(b"\x89PNG data")
    mod.app.config["ATTACHMENTS_DIR"] = str(tmp_path)
    yield mod.app.test_client()


def test_download(client: FlaskClient) -> None:
    resp = client.get("/attachments?name=t-17/screenshot.png")
    assert resp.status_code == 200
    assert resp.data == b"\x89PNG data"
    assert resp.headers["Content-Disposition"] == "attachment; filename=screenshot.png"
    assert resp.mimetype == "application/octet-stream"


def test_missing_and_empty(client: FlaskClient) -> None:
    assert client.get("/attachments?name=t-17/nope.png").status_code == 404
    assert client.get("/attachments").status_code == 400
    assert client.get("/health").get_json() == {"status": "ok"}
