"""Imports a profile picture from a URL the user enters in their settings."""
from __future__ import annotations

import requests

MAX_BYTES = 2_000_000


def fetch_avatar(url: str) -> bytes:
    """Download the image at `url` for use as the user's avatar.

    Raises:
        ValueError: the URL does not point to an image, or the image is too large.
        requests.RequestException: the download failed.
    """
    resp = requests.get(url, timeout=5, allow_redirects=False)
    resp.raise_for_status()
    if not resp.headers.get("Content-Type", "").startswith("image/"):
        raise ValueError("not an image")
    if len(resp.content) > MAX_BYTES:
        raise ValueError("image too large")
    return resp.content
