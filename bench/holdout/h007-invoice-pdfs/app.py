"""Customer portal endpoint that serves invoice PDFs per tenant."""
import os
from pathlib import Path

from flask import Flask, abort, jsonify, request, send_file

app = Flask(__name__)
app.config.setdefault("INVOICE_ROOT", os.environ.get("INVOICE_ROOT", "/srv/invoices"))


def tenant_dir(tenant: str) -> str:
    """Directory that holds one tenant's generated invoices."""
    return os.path.join(app.config["INVOICE_ROOT"], tenant)


def resolve_invoice(tenant: str, filename: str) -> str:
    base = tenant_dir(tenant)
    candidate = os.path.join(base, filename)
    if not os.path.isfile(candidate):
        abort(404)
    return candidate


@app.get("/tenants/<tenant>/invoices")
def list_invoices(tenant: str):
    base = Path(tenant_dir(tenant))
    if not base.is_dir():
        abort(404)
    names = sorted(p.name for p in base.glob("*.pdf"))
    return jsonify(tenant=tenant, invoices=names)


@app.get("/tenants/<tenant>/invoices/download")
def download_invoice(tenant: str):
    """Stream ``?file=`` from the tenant's invoice folder as an attachment."""
    filename = request.args.get("file", "")
    if not filename:
        return jsonify(error="file parameter required"), 400
    path = resolve_invoice(tenant, filename)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(path),
        max_age=0,
    )
