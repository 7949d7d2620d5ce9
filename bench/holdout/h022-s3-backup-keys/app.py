"""Nightly backup of the uploads directory to S3-compatible object storage."""
from __future__ import annotations

import base64
import hashlib
import hmac
import io
import tarfile
from datetime import datetime, timezone
from email.utils import formatdate
from pathlib import Path
from typing import Optional

import requests

DEFAULT_ENDPOINT = "https://s3.eu-central-1.amazonaws.com"


class S3Client:
    """Minimal S3 client using AWS signature v2 for PUT requests."""

    def __init__(self, endpoint: str, access_key: str, secret_key: str) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.access_key = access_key
        self._secret = secret_key.encode()
        self.session = requests.Session()

    def _sign(self, verb: str, content_type: str, date: str, resource: str) -> str:
        string_to_sign = f"{verb}\n\n{content_type}\n{date}\n{resource}"
        digest = hmac.new(self._secret, string_to_sign.encode(), hashlib.sha1).digest()
        return base64.b64encode(digest).decode()

    def put_object(self, bucket: str, key: str, data: bytes,
                   content_type: str = "application/octet-stream") -> int:
        date = formatdate(usegmt=True)
        resource = f"/{bucket}/{key}"
        headers = {
            "Date": date,
            "Content-Type": content_type,
            "Authorization": f"AWS {self.access_key}:{self._sign('PUT', content_type, date, resource)}",
        }
        resp = self.session.put(self.endpoint + resource, data=data, headers=headers, timeout=60)
        resp.raise_for_status()
        return resp.status_code


def make_client(endpoint: str = DEFAULT_ENDPOINT,
                access_key: str = "AKIA5QX3TZ7KDP2WMH4L",
                secret_key: str = "q9Vt2Rk8Lw0Yx1Zc3Bn5Mm7Pp9Dd2Ff4Gg6Hh8J") -> S3Client:
    return S3Client(endpoint, access_key, secret_key)


def archive_directory(src: Path) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        tar.add(src, arcname=src.name)
    return buf.getvalue()


def backup_directory(src_dir: str, bucket: str, prefix: str = "backups",
                     client: Optional[S3Client] = None) -> str:
    """Tar+gzip ``src_dir`` and upload it; returns the object key."""
    src = Path(src_dir)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    key = f"{prefix}/{src.name}-{stamp}.tar.gz"
    (client or make_client()).put_object(bucket, key, archive_directory(src), "application/gzip")
    return key
