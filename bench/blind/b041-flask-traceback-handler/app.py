"""Billing API: invoice totals converted to the caller's currency."""
from __future__ import annotations

import os
import sqlite3
import traceback
from contextlib import closing
from decimal import Decimal

from flask import Flask, abort, jsonify, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)

DB_PATH = os.environ.get("BILLING_DB", "/var/lib/billing/billing.sqlite3")
FX_PER_EUR = {"EUR": Decimal("1"), "USD": Decimal("1.08"), "GBP": Decimal("0.86"), "JPY": Decimal("162.5")}


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def convert(amount_cents: int, source: str, target: str) -> Decimal:
    """Convert an amount in minor units of ``source`` into ``target``."""
    in_eur = Decimal(amount_cents) / 100 / FX_PER_EUR[source]
    return (in_eur * FX_PER_EUR[target]).quantize(Decimal("0.01"))


@app.get("/api/invoices/<int:invoice_id>/total")
def invoice_total(invoice_id: int):
    target = request.args.get("currency", "EUR").upper()
    with closing(_connect()) as conn:
        row = conn.execute(
            "SELECT amount_cents, currency FROM invoices WHERE id = ?", (invoice_id,)
        ).fetchone()
    if row is None:
        abort(404)
    total = convert(row["amount_cents"], row["currency"], target)
    return jsonify(invoice=invoice_id, currency=target, total=str(total))


@app.errorhandler(Exception)
def handle_unexpected(exc: Exception):
    """Turn any unhandled error into a JSON response for the API clients."""
    if isinstance(exc, HTTPException):
        return exc
    return jsonify(error="internal server error", detail=traceback.format_exc()), 500
