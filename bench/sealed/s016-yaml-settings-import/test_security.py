import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = mod.app.test_client()


def test_python_object_tag_does_not_execute(tmp_path):
    marker = tmp_path / "PWNED"
    doc = f"theme: !!python/object/apply:os.system ['touch {marker}']\n"
    try:
        client.post("/workspaces/evil/settings/import", data=doc)
    except Exception:
        pass
    assert not marker.exists()


def test_python_name_tag_not_resolved():
    doc = "theme: !!python/name:os.system\n"
    try:
        client.post("/workspaces/evil2/settings/import", data=doc)
    except Exception:
        pass
    stored = mod.WORKSPACES.get("evil2", {}).get("theme")
    assert not callable(stored)
