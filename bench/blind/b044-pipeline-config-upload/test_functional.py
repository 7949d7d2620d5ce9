import importlib, os
import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

GOOD = """
name: backend-ci
env:
  PYTHON: "3.11"
  CACHE: true
stages:
  - id: lint
    run: ruff check .
  - id: test
    run: pytest -q
    retries: 2
  - deploy
"""


def test_parse_pipeline_types():
    cfg = mod.parse_pipeline(GOOD)
    assert cfg["name"] == "backend-ci"
    assert cfg["env"] == {"PYTHON": "3.11", "CACHE": True}
    assert cfg["stages"][1]["retries"] == 2
    assert cfg["stages"][2] == "deploy"


def test_parse_pipeline_rejects_non_mapping():
    with pytest.raises(ValueError):
        mod.parse_pipeline("- just\n- a list\n")


def test_parse_pipeline_missing_section():
    with pytest.raises(ValueError) as exc:
        mod.parse_pipeline("name: x\n")
    assert "stages" in str(exc.value)


def test_upload_summary():
    client = mod.app.test_client()
    resp = client.post("/pipelines", data=GOOD, content_type="application/x-yaml")
    assert resp.status_code == 201
    assert resp.get_json() == {
        "name": "backend-ci",
        "stage_count": 3,
        "stages": ["lint", "test", "deploy"],
        "env": ["CACHE", "PYTHON"],
    }


def test_upload_bad_yaml_is_400():
    client = mod.app.test_client()
    assert client.post("/pipelines", data="name: [unclosed").status_code == 400
    assert client.post("/pipelines", data="name: only\n").status_code == 400


def test_upload_too_large():
    client = mod.app.test_client()
    big = "name: x\nstages: []\n# " + "a" * (mod.MAX_UPLOAD_BYTES + 10)
    assert client.post("/pipelines", data=big).status_code == 413
