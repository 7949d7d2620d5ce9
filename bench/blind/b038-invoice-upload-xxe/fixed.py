"""Accounts-payable intake: suppliers upload invoices as XML documents."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Dict, List

from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


def _invoice_parser() -> etree.XMLParser:
    return etree.XMLParser(
        load_dtd=False, resolve_entities=False, no_network=True, remove_blank_text=True
    )


def summarise_invoice(root: etree._Element) -> Dict[str, Any]:
    """Extract the fields the payables team needs from an <invoice> element."""
    lines: List[Dict[str, Any]] = []
    total = Decimal("0")
    for item in root.iterfind("lines/line"):
        amount = Decimal(item.findtext("amount", "0"))
        total += amount
        lines.append({"description": (item.findtext("description") or "").strip(), "amount": str(amount)})
    return {
        "number": (root.findtext("number") or "").strip(),
        "supplier": (root.findtext("supplier/name") or "").strip(),
        "currency": root.get("currency", "EUR"),
        "lines": lines,
        "total": str(total),
    }


@app.post("/payables/invoices")
def upload_invoice():
    """Accept one invoice file (form field ``document``) and return its summary."""
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        abort(400)
    try:
        tree = etree.parse(upload.stream, _invoice_parser())
        summary = summarise_invoice(tree.getroot())
    except (etree.XMLSyntaxError, InvalidOperation):
        abort(400)
    if tree.getroot().tag != "invoice" or not summary["number"]:
        abort(400)
    return jsonify(summary), 201
