"""Accounts-payable intake: upload a supplier invoice as XML."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Dict

from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)

INVOICE_PARSER = etree.XMLParser(resolve_entities=True, remove_blank_text=True)


def parse_invoice(document: bytes) -> Dict[str, Any]:
    """Extract supplier, number, line items and total from invoice XML."""
    root = etree.fromstring(document, parser=INVOICE_PARSER)
    lines = []
    for item in root.iterfind("lines/line"):
        qty = int(item.get("qty", "1"))
        price = Decimal(item.findtext("unit_price", "0"))
        lines.append({"description": item.findtext("description", ""), "qty": qty,
                      "amount": str(qty * price)})
    return {
        "supplier": root.findtext("supplier/name", ""),
        "number": root.findtext("number", ""),
        "currency": root.get("currency", "EUR"),
        "lines": lines,
        "total": str(sum((Decimal(line["amount"]) for line in lines), Decimal("0"))),
    }


@app.post("/invoices/upload")
def upload_invoice():
    upload = request.files.get("invoice")
    if upload is None:
        abort(400)
    try:
        invoice = parse_invoice(upload.read())
    except (etree.XMLSyntaxError, InvalidOperation, ValueError):
        abort(400)
    return jsonify(invoice), 201
