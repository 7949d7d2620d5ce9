"""Minimal client for the company's S3-compatible object store (backups bucket)."""
from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timezone

import httpx

STORAGE_ENDPOINT = "https://objects.internal.example.com"
STORAGE_ACCESS_KEY = "AKIAQ7RZ4M2XBACKUP01"
STORAGE_SECRET_KEY = "p9Xv2Lw8sK3dQ7fT1mZr6Yb0NcHe4JuA5gVtRo2W"


class ObjectStoreClient:
    """Uploads and downloads objects using a simple HMAC request signature."""

    def __init__(self, endpoint: str, access_key: str, secret_key: str,
                 http: httpx.Client | None = None) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.access_key = access_key
        self._secret = secret_key.encode()
        self.http = http or httpx.Client(timeout=30)

    def _headers(self, method: str, path: str, body: bytes) -> dict[str, str]:
        date = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        payload_hash = hashlib.sha256(body).hexdigest()
        to_sign = "\n".join([method, path, date, payload_hash]).encode()
        signature = hmac.new(self._secret, to_sign, hashlib.sha256).hexdigest()
        return {
            "X-Date": date,
            "X-Content-SHA256": payload_hash,
            "Authorization": f"HMAC {self.access_key}:{signature}",
        }

    def put_object(self, bucket: str, key: str, body: bytes) -> str:
        """Upload `body` and return the object's ETag."""
        path = f"/{bucket}/{key}"
        resp = self.http.put(self.endpoint + path, content=body, headers=self._headers("PUT", path, body))
        resp.raise_for_status()
        return resp.headers.get("ETag", "")

    def get_object(self, bucket: str, key: str) -> bytes:
        path = f"/{bucket}/{key}"
        resp = self.http.get(self.endpoint + path, headers=self._headers("GET", path, b""))
        resp.raise_for_status()
        return resp.content


def default_client(http: httpx.Client | None = None) -> ObjectStoreClient:
    """Client for the backups store used by the nightly jobs."""
    return ObjectStoreClient(STORAGE_ENDPOINT, STORAGE_ACCESS_KEY, STORAGE_SECRET_KEY, http=http)
