import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _payload(marker):
    return (
        "name: evil\n"
        "stages:\n"
        f"  - !!python/object/apply:os.mkdir [\"{marker}\"]\n"
    )


def test_parse_pipeline_does_not_construct_objects(tmp_path):
    marker = tmp_path / "owned-parse"
    try:
        mod.parse_pipeline(_payload(marker))
    except Exception:
        pass
    assert not marker.exists(), "YAML tag executed os.mkdir"


def test_upload_does_not_construct_objects(tmp_path):
    marker = tmp_path / "owned-upload"
    client = mod.app.test_client()
    resp = client.post("/pipelines", data=_payload(marker))
    assert not marker.exists(), "YAML tag executed os.mkdir"
    assert resp.status_code == 400


def test_object_new_tag_rejected(tmp_path):
    doc = "name: x\nstages: []\nenv: !!python/object/new:collections.OrderedDict [[[A, b]]]\n"
    client = mod.app.test_client()
    resp = client.post("/pipelines", data=doc)
    assert resp.status_code == 400
