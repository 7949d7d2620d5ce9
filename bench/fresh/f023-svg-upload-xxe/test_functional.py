import importlib
import io
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ICON = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24">
  <title> Home </title>
  <!-- a comment -->
  <path d="M0 0h24v24H0z"/>
</svg>"""


def _upload(client, data, name="home.svg"):
    return client.post("/icons", data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data")


def test_upload_svg():
    app = mod.create_app()
    resp = _upload(app.test_client(), ICON)
    assert resp.status_code == 201
    assert resp.get_json() == {"name": "home.svg", "width": "24", "height": "24", "title": "Home", "elements": 3}
    assert app.config["ICONS"]["home.svg"]["title"] == "Home"


def test_internal_entity_free_doc_without_namespace():
    meta = mod.read_svg_metadata(b'<svg width="8"><title>x</title></svg>')
    assert meta["title"] == "x" and meta["width"] == "8"


def test_not_svg():
    assert _upload(mod.create_app().test_client(), b"<html/>").status_code == 400


def test_broken_xml():
    assert _upload(mod.create_app().test_client(), b"<svg").status_code == 400
