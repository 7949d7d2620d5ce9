import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def client(tmp_path, monkeypatch):
    root = tmp_path / "shares"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "a.txt").write_text("hello")
    monkeypatch.setattr(mod, "SHARES_ROOT", str(root))
    return mod.app.test_client()


def test_semicolon_in_folder(client, tmp_path):
    marker = tmp_path / "pwned_semicolon"
    client.get("/usage", query_string={"folder": f"docs; touch {marker}"})
    assert not marker.exists()


def test_pipe_in_folder(client, tmp_path):
    marker = tmp_path / "pwned_pipe"
    client.get("/usage", query_string={"folder": f"docs | touch {marker}"})
    assert not marker.exists()


def test_backticks_in_folder(client, tmp_path):
    marker = tmp_path / "pwned_backtick"
    client.get("/usage", query_string={"folder": f"docs`touch {marker}`"})
    assert not marker.exists()
