import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = mod.app.test_client()


def _payload(path):
    return f"""<?xml version="1.0"?>
<!DOCTYPE invoice [<!ENTITY leak SYSTEM "file://{path}">]>
<invoice><number>1</number><supplier>&leak;</supplier>
<line><description>x</description><amount>1</amount></line></invoice>""".encode()


def test_external_entity_not_expanded(tmp_path):
    secret = tmp_path / "id_rsa"
    secret.write_text("PRIVATE-KEY-MATERIAL")
    try:
        supplier = mod.parse_invoice(_payload(secret)).supplier
    except Exception:
        supplier = ""
    assert "PRIVATE-KEY-MATERIAL" not in supplier


def test_endpoint_does_not_echo_file(tmp_path):
    secret = tmp_path / "shadow"
    secret.write_text("ROOT-HASH-XYZ")
    resp = client.post("/invoices", data=_payload(secret))
    assert b"ROOT-HASH-XYZ" not in resp.data
