"""Command-line tool that downloads a service status feed and prints a summary."""
from __future__ import annotations

import argparse
import json
import ssl
import sys
import urllib.request
from typing import Any


def build_ssl_context() -> ssl.SSLContext:
    """Create the TLS context used for feed downloads."""
    return ssl.create_default_context()


def fetch_feed(url: str, timeout: float = 15.0) -> dict[str, Any]:
    """Download and decode the JSON status feed at *url*."""
    context = build_ssl_context()
    request = urllib.request.Request(url, headers={"User-Agent": "statusfeed/1.2"})
    with urllib.request.urlopen(request, timeout=timeout, context=context) as resp:
        body = resp.read().decode("utf-8")
    return json.loads(body)


def summarize(feed: dict[str, Any]) -> str:
    """Return one line per component: '<name>: <status>'."""
    lines = [f"{c['name']}: {c['status']}" for c in feed.get("components", [])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Show service status from a feed")
    parser.add_argument("url", help="HTTPS URL of the status feed")
    parser.add_argument("--timeout", type=float, default=15.0)
    args = parser.parse_args(argv)
    try:
        feed = fetch_feed(args.url, timeout=args.timeout)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(summarize(feed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
