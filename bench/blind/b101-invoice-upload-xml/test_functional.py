import importlib, io, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

INVOICE = b"""<?xml version="1.0" encoding="UTF-8"?>
<invoice currency="USD">
  <number>INV-2024-0117</number>
  <supplier><name>Smith &amp; Sons Ltd</name></supplier>
  <lines>
    <line qty="3"><description>Paper A4 box</description><unit_price>24.50</unit_price></line>
    <line qty="1"><description>Toner &lt;black&gt;</description><unit_price>89.99</unit_price></line>
    <line><description>Delivery</description><unit_price>5</unit_price></line>
  </lines>
</invoice>"""


def test_parse_invoice():
    got = mod.parse_invoice(INVOICE)
    assert got == {
        "supplier": "Smith & Sons Ltd",
        "number": "INV-2024-0117",
        "currency": "USD",
        "lines": [
            {"description": "Paper A4 box", "qty": 3, "amount": "73.50"},
            {"description": "Toner <black>", "qty": 1, "amount": "89.99"},
            {"description": "Delivery", "qty": 1, "amount": "5"},
        ],
        "total": "168.49",
    }


def test_upload_endpoint():
    c = mod.app.test_client()
    r = c.post("/invoices/upload", data={"invoice": (io.BytesIO(INVOICE), "inv.xml")},
               content_type="multipart/form-data")
    assert r.status_code == 201
    assert r.get_json()["total"] == "168.49"


def test_upload_errors():
    c = mod.app.test_client()
    assert c.post("/invoices/upload", data={}).status_code == 400
    r = c.post("/invoices/upload", data={"invoice": (io.BytesIO(b"<invoice><oops"), "bad.xml")},
               content_type="multipart/form-data")
    assert r.status_code == 400
    bad_price = b"<invoice><lines><line><unit_price>abc</unit_price></line></lines></invoice>"
    r = c.post("/invoices/upload", data={"invoice": (io.BytesIO(bad_price), "bad.xml")},
               content_type="multipart/form-data")
    assert r.status_code == 400
