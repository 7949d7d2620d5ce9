import importlib, os
import io

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

INVOICE = b"""<?xml version="1.0" encoding="UTF-8"?>
<invoice currency="GBP">
  <number>INV-2024-0042</number>
  <supplier><name> Northwind Traders </name><vat>GB123</vat></supplier>
  <lines>
    <line><description>Paper, A4</description><amount>12.50</amount></line>
    <line><description>Toner &amp; drum</description><amount>80.00</amount></line>
    <line><description>Delivery</description><amount>7.5</amount></line>
  </lines>
</invoice>
"""


@pytest.fixture
def client():
    return mod.app.test_client()


def upload(client, data, name="invoice.xml"):
    return client.post("/payables/invoices", data={"document": (io.BytesIO(data), name)},
                       content_type="multipart/form-data")


def test_invoice_summary(client):
    resp = upload(client, INVOICE)
    assert resp.status_code == 201
    assert resp.get_json() == {
        "number": "INV-2024-0042",
        "supplier": "Northwind Traders",
        "currency": "GBP",
        "lines": [
            {"description": "Paper, A4", "amount": "12.50"},
            {"description": "Toner & drum", "amount": "80.00"},
            {"description": "Delivery", "amount": "7.5"},
        ],
        "total": "100.00",
    }


def test_default_currency_and_no_lines(client):
    doc = b"<invoice><number>X-1</number><supplier><name>Solo</name></supplier></invoice>"
    assert upload(client, doc).get_json() == {
        "number": "X-1", "supplier": "Solo", "currency": "EUR", "lines": [], "total": "0",
    }


def test_doctype_with_internal_subset_only_still_parses(client):
    doc = b"""<?xml version="1.0"?>
<!DOCTYPE invoice [<!ELEMENT invoice ANY>]>
<invoice><number>DT-9</number><supplier><name>Acme</name></supplier></invoice>"""
    resp = upload(client, doc)
    assert resp.status_code == 201 and resp.get_json()["number"] == "DT-9"


@pytest.mark.parametrize(
    "doc",
    [
        b"<invoice><number>1</number>",
        b"<order><number>1</number></order>",
        b"<invoice><supplier><name>x</name></supplier></invoice>",
        b"<invoice><number>1</number><lines><line><amount>abc</amount></line></lines></invoice>",
    ],
)
def test_bad_documents(client, doc):
    assert upload(client, doc).status_code == 400


def test_missing_file(client):
    assert client.post("/payables/invoices", data={}, content_type="multipart/form-data").status_code == 400


def test_summarise_helper():
    from lxml import etree
    root = etree.fromstring(b"<invoice currency='USD'><number>7</number><lines><line><amount>1</amount></line></lines></invoice>")
    assert mod.summarise_invoice(root)["total"] == "1"
