"""Admin-only network diagnostics for the office gateway."""
import hmac
import os
import re
from functools import wraps

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["ADMIN_TOKEN"] = os.environ.get("DIAG_ADMIN_TOKEN", "")

_RTT = re.compile(r"time[=<]([\d.]+)\s*ms")


def require_admin(view):
    """Reject requests without the shared admin bearer token."""
    @wraps(view)
    def wrapper(*args, **kwargs):
        expected = app.config["ADMIN_TOKEN"]
        supplied = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if not expected or not hmac.compare_digest(supplied, expected):
            abort(401)
        return view(*args, **kwargs)
    return wrapper


def run_ping(host: str, count: int = 3) -> str:
    """Ping ``host`` and return the raw command output."""
    command = "ping -c {} -W 2 {}".format(count, host)
    with os.popen(command) as proc:
        return proc.read()


def summarize(output: str) -> dict:
    samples = [float(v) for v in _RTT.findall(output)]
    return {
        "replies": len(samples),
        "avg_ms": round(sum(samples) / len(samples), 2) if samples else None,
    }


@app.get("/admin/diag/ping")
@require_admin
def ping_view():
    host = request.args.get("host", "").strip()
    if not host:
        return jsonify(error="host is required"), 400
    count = max(1, min(int(request.args.get("count", 3)), 10))
    output = run_ping(host, count)
    return jsonify(host=host, **summarize(output), raw=output)
