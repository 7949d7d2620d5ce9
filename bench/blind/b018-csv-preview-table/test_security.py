import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def client():
    return mod.app.test_client()


def test_script_in_cell(client):
    body = "name,comment\nbob,<script>alert(1)</script>\n"
    html = client.post("/import/preview", data=body).get_data(as_text=True)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_markup_in_header(client):
    body = 'name,<img src=x onerror="fetch(\'//evil\')">\nbob,1\n'
    html = client.post("/import/preview", data=body).get_data(as_text=True)
    assert "<img" not in html


def test_filename_param_escaped(client):
    html = client.post("/import/preview", query_string={"filename": "<svg onload=alert(1)>"}, data="a\n1\n").get_data(as_text=True)
    assert "<svg" not in html

