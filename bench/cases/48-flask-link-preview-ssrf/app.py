"""Link previews for the chat app: title and description of a pasted URL."""
from __future__ import annotations

import html
import re

import requests
from flask import Flask, abort, jsonify, request
from flask.typing import ResponseReturnValue

app = Flask(__name__)

TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
DESCRIPTION_RE = re.compile(r'<meta\s+name="description"\s+content="([^"]*)"', re.IGNORECASE)


@app.get("/preview")
def preview() -> ResponseReturnValue:
    """JSON preview of the page at ``?url=``."""
    url = request.args.get("url", "")
    if not url.startswith(("http://", "https://")):
        abort(400)
    try:
        page = requests.get(url, timeout=5)
    except requests.RequestException:
        abort(502)
    title = TITLE_RE.search(page.text)
    description = DESCRIPTION_RE.search(page.text)
    return jsonify(
        url=url,
        title=html.unescape(title.group(1).strip()) if title else None,
        description=html.unescape(description.group(1)) if description else None,
    )
