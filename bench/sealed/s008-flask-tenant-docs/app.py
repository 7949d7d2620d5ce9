"""Multi-tenant document download endpoint."""
from __future__ import annotations

import os

from flask import Flask, abort, jsonify, request, send_file

app = Flask(__name__)
app.config["TENANT_ROOT"] = "/var/lib/docs/tenants"


def tenant_document_path(tenant_id: str, filename: str) -> str:
    """Return the on-disk path of a tenant's document."""
    root = app.config["TENANT_ROOT"]
    tenant_dir = os.path.join(root, tenant_id)
    return os.path.join(tenant_dir, "documents", filename)


@app.get("/documents")
def download_document():
    tenant_id = request.args.get("tenant", "")
    filename = request.args.get("file", "")
    if not tenant_id or not filename:
        return jsonify({"error": "tenant and file are required"}), 400
    path = tenant_document_path(tenant_id, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))


@app.get("/documents/list")
def list_documents():
    tenant_id = request.args.get("tenant", "")
    folder = os.path.dirname(tenant_document_path(tenant_id, "x"))
    if not tenant_id or not os.path.isdir(folder):
        abort(404)
    return jsonify({"tenant": tenant_id, "files": sorted(os.listdir(folder))})
