"""Icon library: accept SVG uploads and store their metadata."""
from __future__ import annotations

from typing import Any

from flask import Flask, jsonify, request
from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
MAX_UPLOAD = 512 * 1024


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )


def read_svg_metadata(data: bytes) -> dict[str, Any]:
    """Parse an SVG document and return its size, title and element count."""
    root = etree.fromstring(data, parser=_parser())
    if etree.QName(root).localname != "svg":
        raise ValueError("not an SVG document")
    title_el = root.find(f"{{{SVG_NS}}}title")
    if title_el is None:
        title_el = root.find("title")
    title = (title_el.text or "").strip() if title_el is not None else ""
    return {
        "width": root.get("width"),
        "height": root.get("height"),
        "title": title,
        "elements": sum(1 for _ in root.iter()),
    }


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["ICONS"] = {}

    @app.post("/icons")
    def upload_icon():
        upload = request.files.get("file")
        if upload is None:
            return jsonify(error="missing file"), 400
        data = upload.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            return jsonify(error="file too large"), 413
        try:
            meta = read_svg_metadata(data)
        except (etree.XMLSyntaxError, ValueError) as exc:
            return jsonify(error=f"invalid svg: {exc}"), 400
        app.config["ICONS"][upload.filename] = meta
        return jsonify(name=upload.filename, **meta), 201

    return app
