"""Workspace settings import/export API."""
from __future__ import annotations

import copy
from typing import Any

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)

DEFAULT_SETTINGS: dict[str, Any] = {
    "theme": "light",
    "notifications": {"email": True, "slack": False},
    "retention_days": 30,
}
WORKSPACES: dict[str, dict[str, Any]] = {}


def parse_settings(document: str) -> dict[str, Any]:
    """Parse an exported settings document."""
    data = yaml.safe_load(document)
    if not isinstance(data, dict):
        raise ValueError("settings document must be a mapping")
    return data


def merge_settings(base: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, value in incoming.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge_settings(merged[key], value)
        else:
            merged[key] = value
    return merged


@app.post("/workspaces/<workspace>/settings/import")
def import_settings(workspace: str):
    document = request.get_data(as_text=True)
    try:
        incoming = parse_settings(document)
    except (yaml.YAMLError, ValueError) as exc:
        return jsonify({"error": str(exc)}), 400
    current = WORKSPACES.get(workspace, DEFAULT_SETTINGS)
    WORKSPACES[workspace] = merge_settings(current, incoming)
    return jsonify(WORKSPACES[workspace])


@app.get("/workspaces/<workspace>/settings")
def export_settings(workspace: str):
    settings = WORKSPACES.get(workspace, DEFAULT_SETTINGS)
    return yaml.safe_dump(settings, sort_keys=True), 200, {"Content-Type": "application/yaml"}
