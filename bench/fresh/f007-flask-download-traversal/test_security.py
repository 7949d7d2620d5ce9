import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def setup(tmp_path):
    uploads = tmp_path / "srv" / "uploads"
    uploads.mkdir(parents=True)
    (uploads / "ok.txt").write_text("public")
    secret = tmp_path / "srv" / "config.env"
    secret.write_text("DB_PASSWORD=hunter2")
    app = mod.create_app(str(uploads))
    app.testing = False
    return app.test_client(), secret


def test_dotdot_cannot_read_outside_upload_dir(setup):
    client, _ = setup
    resp = client.get("/download", query_string={"name": "../config.env"})
    assert b"hunter2" not in resp.data
    assert resp.status_code in (400, 403, 404)


def test_absolute_path_cannot_read_outside_upload_dir(setup):
    client, secret = setup
    resp = client.get("/download", query_string={"name": str(secret)})
    assert b"hunter2" not in resp.data
