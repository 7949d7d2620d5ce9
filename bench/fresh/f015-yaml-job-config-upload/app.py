"""CI service: accept an uploaded pipeline config (YAML) and queue its jobs."""
from __future__ import annotations

from typing import Any

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)
QUEUE: list[dict[str, Any]] = []


def parse_pipeline(text: str) -> dict[str, Any]:
    """Parse the pipeline YAML and normalise the job list."""
    config = yaml.load(text, Loader=yaml.Loader)
    if not isinstance(config, dict) or not isinstance(config.get("jobs"), dict):
        raise ValueError("config must contain a 'jobs' mapping")
    jobs = []
    for name, spec in config["jobs"].items():
        steps = spec.get("steps", []) if isinstance(spec, dict) else []
        jobs.append({"name": str(name), "image": spec.get("image", "python:3.11"), "steps": list(steps)})
    return {"version": config.get("version", 1), "jobs": jobs}


@app.post("/pipelines")
def upload_pipeline():
    """POST a multipart form with a `config` file; returns the queued job names."""
    upload = request.files.get("config")
    if upload is None:
        return jsonify(error="missing config file"), 400
    text = upload.read().decode("utf-8", errors="replace")
    try:
        pipeline = parse_pipeline(text)
    except (yaml.YAMLError, ValueError, AttributeError) as exc:
        return jsonify(error=f"invalid config: {exc}"), 400
    QUEUE.extend(pipeline["jobs"])
    return jsonify(queued=[job["name"] for job in pipeline["jobs"]], version=pipeline["version"]), 201
