import importlib
import io
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _upload(data):
    app = mod.create_app()
    app.testing = False
    return app.test_client().post(
        "/icons", data={"file": (io.BytesIO(data), "evil.svg")}, content_type="multipart/form-data"
    )


def test_external_entity_cannot_read_local_file(tmp_path):
    secret = tmp_path / "id_rsa"
    secret.write_text("PRIVATE-KEY-MATERIAL-1234")
    svg = f"""<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY leak SYSTEM "file://{secret}">]>
<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><title>&leak;</title></svg>""".encode()
    resp = _upload(svg)
    assert "PRIVATE-KEY-MATERIAL-1234" not in resp.get_data(as_text=True)


def test_external_entity_not_expanded_by_helper(tmp_path):
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0")
    svg = f'<!DOCTYPE svg [<!ENTITY e SYSTEM "{secret}">]><svg><title>&e;</title></svg>'.encode()
    try:
        meta = mod.read_svg_metadata(svg)
    except Exception:
        return
    assert "root:x" not in str(meta)
