"""Small network-tools service: resolve a domain with `dig +short`."""
from __future__ import annotations

import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


def run_dig(domain: str, record_type: str = "A") -> list[str]:
    """Return the answers `dig +short` prints for the domain."""
    command = "dig +short " + domain + " " + record_type
    output = subprocess.check_output(command, shell=True, timeout=10)
    return [line.strip() for line in output.decode().splitlines() if line.strip()]


@app.get("/api/lookup")
def lookup():
    """GET /api/lookup?domain=example.com&type=MX"""
    domain = request.args.get("domain", "").strip()
    record_type = request.args.get("type", "A").upper()
    if not domain:
        return jsonify(error="domain is required"), 400
    if record_type not in {"A", "AAAA", "MX", "TXT", "NS", "CNAME"}:
        return jsonify(error="unsupported record type"), 400
    try:
        answers = run_dig(domain, record_type)
    except subprocess.CalledProcessError as exc:
        return jsonify(error=f"dig failed ({exc.returncode})"), 502
    return jsonify(domain=domain, type=record_type, answers=answers)
