import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client(tmp_path):
    mod.app.config["DATABASE"] = str(tmp_path / "gb.db")
    return mod.app.test_client()


def test_sign_and_list(client):
    resp = client.post("/sign", data={"author": "Priya", "message": "Lovely tomatoes this year"})
    assert resp.status_code == 302
    page = client.get("/").get_data(as_text=True)
    assert "<td class='author'>Priya</td>" in page
    assert "Lovely tomatoes this year" in page
    assert "Latest entries" in page


def test_filter_by_author(client):
    client.post("/sign", data={"author": "Priya", "message": "Hello"})
    client.post("/sign", data={"author": "Tom", "message": "Bees everywhere"})
    page = client.get("/?author=Tom").get_data(as_text=True)
    assert "Entries by Tom" in page
    assert "Bees everywhere" in page and "Hello" not in page


def test_validation(client):
    assert client.post("/sign", data={"author": "", "message": "x"}).status_code == 400
