import importlib, os
import io

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

MARKER = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI-canary"


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "etc" / "app.env"
    path.parent.mkdir()
    path.write_text(MARKER + "\n", encoding="utf-8")
    return path


def upload(data):
    client = mod.app.test_client()
    return client.post("/payables/invoices", data={"document": (io.BytesIO(data), "inv.xml")},
                       content_type="multipart/form-data")


@pytest.mark.parametrize("field", ["number", "supplier", "description"])
def test_external_entity_not_expanded(secret_file, field):
    entity = "&leak;"
    number = entity if field == "number" else "INV-1"
    supplier = entity if field == "supplier" else "Acme"
    description = entity if field == "description" else "Widgets"
    doc = f"""<?xml version="1.0"?>
<!DOCTYPE invoice [<!ENTITY leak SYSTEM "{secret_file.as_uri()}">]>
<invoice><number>{number}</number><supplier><name>{supplier}</name></supplier>
<lines><line><description>{description}</description><amount>1</amount></line></lines></invoice>""".encode()
    resp = upload(doc)
    assert MARKER not in resp.get_data(as_text=True)


def test_parameter_entity_dtd_not_loaded(secret_file, tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY leak SYSTEM "{secret_file.as_uri()}">', encoding="utf-8")
    doc = f"""<?xml version="1.0"?>
<!DOCTYPE invoice [<!ENTITY % ext SYSTEM "{dtd.as_uri()}"> %ext;]>
<invoice><number>&leak;</number><supplier><name>x</name></supplier></invoice>""".encode()
    resp = upload(doc)
    assert MARKER not in resp.get_data(as_text=True)


def test_external_dtd_subset_not_loaded(secret_file, tmp_path):
    dtd = tmp_path / "invoice.dtd"
    dtd.write_text(f'<!ENTITY leak SYSTEM "{secret_file.as_uri()}">', encoding="utf-8")
    doc = f"""<?xml version="1.0"?>
<!DOCTYPE invoice SYSTEM "{dtd.as_uri()}">
<invoice><number>&leak;</number><supplier><name>x</name></supplier></invoice>""".encode()
    resp = upload(doc)
    assert MARKER not in resp.get_data(as_text=True)
