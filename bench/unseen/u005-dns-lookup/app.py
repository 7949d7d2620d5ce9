"""Network diagnostics page: resolve a hostname with nslookup."""
from __future__ import annotations

import subprocess
from typing import Any

from flask import Flask, jsonify, request

app = Flask(__name__)

LOOKUP_TIMEOUT = 10


@app.get("/api/dns")
def dns_lookup() -> Any:
    """Run nslookup for the ``host`` query parameter and return its raw output."""
    host = request.args.get("host", "").strip()
    if not host:
        return jsonify({"error": "host is required"}), 400
    try:
        output = subprocess.check_output(
            "nslookup " + host, shell=True, text=True, timeout=LOOKUP_TIMEOUT
        )
    except subprocess.CalledProcessError as exc:
        return jsonify({"host": host, "error": exc.output}), 502
    except subprocess.TimeoutExpired:
        return jsonify({"host": host, "error": "lookup timed out"}), 504
    return jsonify({"host": host, "output": output})
