"""Multi-tenant document download endpoint."""
from __future__ import annotations

import os
import re

from flask import Flask, abort, jsonify, request, send_file

app = Flask(__name__)
app.config["TENANT_ROOT"] = "/var/lib/docs/tenants"

TENANT_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def tenant_document_path(tenant_id: str, filename: str) -> str:
    """Return the on-disk path of a tenant's document (confined to its folder)."""
    if not TENANT_RE.match(tenant_id):
        raise ValueError("invalid tenant id")
    root = os.path.realpath(app.config["TENANT_ROOT"])
    docs_dir = os.path.join(root, tenant_id, "documents")
    path = os.path.realpath(os.path.join(docs_dir, filename))
    if os.path.commonpath([path, docs_dir]) != docs_dir or path == docs_dir:
        raise ValueError("path escapes tenant folder")
    return path


@app.get("/documents")
def download_document():
    tenant_id = request.args.get("tenant", "")
    filename = request.args.get("file", "")
    if not tenant_id or not filename:
        return jsonify({"error": "tenant and file are required"}), 400
    try:
        path = tenant_document_path(tenant_id, filename)
    except ValueError:
        abort(404)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))


@app.get("/documents/list")
def list_documents():
    tenant_id = request.args.get("tenant", "")
    try:
        folder = os.path.dirname(tenant_document_path(tenant_id, "x"))
    except ValueError:
        abort(404)
    if not os.path.isdir(folder):
        abort(404)
    return jsonify({"tenant": tenant_id, "files": sorted(os.listdir(folder))})
