"""Small network-tools service: resolve a domain with `dig +short`."""
from __future__ import annotations

import re
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)

_HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\.?$")


def run_dig(domain: str, record_type: str = "A") -> list[str]:
    """Return the answers `dig +short` prints for the domain."""
    if not _HOSTNAME_RE.match(domain):
        raise ValueError("invalid domain name")
    command = ["dig", "+short", domain, record_type]
    output = subprocess.check_output(command, timeout=10)
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
    except ValueError:
        return jsonify(error="invalid domain name"), 400
    except subprocess.CalledProcessError as exc:
        return jsonify(error=f"dig failed ({exc.returncode})"), 502
    return jsonify(domain=domain, type=record_type, answers=answers)
