import importlib
import io
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PIPELINE = b"""
version: 2
jobs:
  test:
    image: python:3.12
    steps: [pip install -e ., pytest -q]
  lint:
    steps:
      - ruff check .
"""


def _post(data):
    client = mod.app.test_client()
    return client.post("/pipelines", data={"config": (io.BytesIO(data), "ci.yaml")},
                       content_type="multipart/form-data")


def test_upload_queues_jobs():
    mod.QUEUE.clear()
    resp = _post(PIPELINE)
    assert resp.status_code == 201
    assert resp.get_json() == {"queued": ["test", "lint"], "version": 2}
    assert mod.QUEUE[1] == {"name": "lint", "image": "python:3.11", "steps": ["ruff check ."]}


def test_missing_file():
    assert mod.app.test_client().post("/pipelines").status_code == 400


def test_invalid_yaml():
    assert _post(b"jobs: [unclosed").status_code == 400


def test_missing_jobs():
    assert _post(b"version: 1\n").status_code == 400
