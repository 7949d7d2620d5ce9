"""Upload endpoint for CI pipeline definitions written in YAML."""
from __future__ import annotations

from typing import Any

import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

REQUIRED_SECTIONS = ("name", "stages")
MAX_UPLOAD_BYTES = 64 * 1024


def parse_pipeline(document: str) -> dict[str, Any]:
    """Parse a pipeline YAML document into a dict.

    Raises ValueError when the document is not a mapping or misses a section.
    """
    config = yaml.load(document, Loader=yaml.Loader)
    if not isinstance(config, dict):
        raise ValueError("pipeline must be a mapping")
    missing = [section for section in REQUIRED_SECTIONS if section not in config]
    if missing:
        raise ValueError(f"missing sections: {', '.join(missing)}")
    return config


def summarise(config: dict[str, Any]) -> dict[str, Any]:
    """Build the short summary returned to the uploader."""
    stages = config.get("stages") or []
    return {
        "name": str(config["name"]),
        "stage_count": len(stages),
        "stages": [str(s.get("id", "?")) if isinstance(s, dict) else str(s) for s in stages],
        "env": sorted((config.get("env") or {}).keys()),
    }


@app.post("/pipelines")
def upload_pipeline():
    """Accept a raw YAML body and return a summary of the pipeline."""
    body = request.get_data(cache=False)
    if len(body) > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        config = parse_pipeline(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, yaml.YAMLError):
        abort(400)
    return jsonify(summarise(config)), 201
