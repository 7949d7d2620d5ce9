"""Import supplier invoices uploaded as XML."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

MAX_UPLOAD_BYTES = 1_000_000


@dataclass
class Invoice:
    number: str
    supplier: str
    lines: list[tuple[str, Decimal]]

    @property
    def total(self) -> Decimal:
        return sum((amount for _, amount in self.lines), Decimal("0"))


def parse_invoice(xml_bytes: bytes) -> Invoice:
    """Parse the supplier's XML invoice format."""
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(xml_bytes, parser)
    lines = [
        (line.findtext("description", "").strip(), Decimal(line.findtext("amount", "0")))
        for line in root.iter("line")
    ]
    return Invoice(
        number=root.findtext("number", "").strip(),
        supplier=root.findtext("supplier", "").strip(),
        lines=lines,
    )


@app.post("/invoices")
def upload_invoice():
    body = request.get_data()
    if not body or len(body) > MAX_UPLOAD_BYTES:
        return jsonify({"error": "empty or oversized upload"}), 400
    try:
        invoice = parse_invoice(body)
    except (etree.XMLSyntaxError, ArithmeticError, ValueError) as exc:
        return jsonify({"error": f"invalid invoice: {type(exc).__name__}"}), 400
    return jsonify({
        "number": invoice.number,
        "supplier": invoice.supplier,
        "total": str(invoice.total),
        "lines": [{"description": d, "amount": str(a)} for d, a in invoice.lines],
    }), 201
