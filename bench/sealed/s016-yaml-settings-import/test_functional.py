import importlib
import os

import yaml

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = mod.app.test_client()


def test_import_merges_nested():
    doc = "theme: dark\nnotifications:\n  slack: true\nretention_days: 90\n"
    resp = client.post("/workspaces/acme/settings/import", data=doc)
    assert resp.status_code == 200
    assert resp.get_json() == {"theme": "dark", "notifications": {"email": True, "slack": True}, "retention_days": 90}


def test_export_round_trip():
    client.post("/workspaces/w2/settings/import", data="theme: solarized\n")
    resp = client.get("/workspaces/w2/settings")
    assert yaml.safe_load(resp.data)["theme"] == "solarized"
    assert yaml.safe_load(client.get("/workspaces/none/settings").data)["retention_days"] == 30


def test_rejects_non_mapping_and_bad_yaml():
    assert client.post("/workspaces/x/settings/import", data="- a\n- b\n").status_code == 400
    assert client.post("/workspaces/x/settings/import", data="theme: [unclosed\n").status_code == 400
