import importlib
import io
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _post(data):
    mod.app.testing = False
    client = mod.app.test_client()
    return client.post("/pipelines", data={"config": (io.BytesIO(data), "ci.yaml")},
                       content_type="multipart/form-data")


def test_python_object_tag_does_not_execute(tmp_path):
    marker = tmp_path / "yaml-rce"
    payload = f"""
version: 1
jobs:
  build:
    steps:
      - !!python/object/apply:builtins.open ["{marker}", "w"]
""".encode()
    _post(payload)
    assert not marker.exists()


def test_apply_tag_in_version_does_not_call_os_functions(tmp_path):
    marker = tmp_path / "yaml-rce-dir"
    payload = f'version: !!python/object/apply:os.mkdir ["{marker}"]\njobs: {{}}\n'.encode()
    _post(payload)
    assert not marker.exists()
