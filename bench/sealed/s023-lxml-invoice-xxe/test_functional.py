import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = mod.app.test_client()

INVOICE = b"""<?xml version="1.0" encoding="UTF-8"?>
<invoice>
  <number>INV-2024-001</number>
  <supplier>Paper &amp; Co</supplier>
  <line><description>A4 paper</description><amount>12.50</amount></line>
  <line><description>Toner</description><amount>80.00</amount></line>
</invoice>"""


def test_parse_invoice():
    inv = mod.parse_invoice(INVOICE)
    assert inv.number == "INV-2024-001"
    assert inv.supplier == "Paper & Co"
    assert [d for d, _ in inv.lines] == ["A4 paper", "Toner"]
    assert str(inv.total) == "92.50"


def test_upload_endpoint():
    resp = client.post("/invoices", data=INVOICE, content_type="application/xml")
    assert resp.status_code == 201
    body = resp.get_json()
    assert body["total"] == "92.50" and body["supplier"] == "Paper & Co"


def test_invalid_uploads():
    assert client.post("/invoices", data=b"").status_code == 400
    assert client.post("/invoices", data=b"<invoice><number>1</number>").status_code == 400
