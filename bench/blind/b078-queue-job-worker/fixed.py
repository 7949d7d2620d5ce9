"""Background worker executing jobs that the web tier pushes onto the task queue."""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
from typing import Any, Callable, Optional

KEY_ENV_VAR = "QUEUE_SIGNING_KEY"


def _default_key() -> bytes:
    key = os.environ.get(KEY_ENV_VAR)
    if not key:
        raise RuntimeError(f"{KEY_ENV_VAR} is not set")
    return key.encode()


def _mac(body: bytes, key: bytes) -> bytes:
    return hmac.new(key, body, hashlib.sha256).hexdigest().encode()


def encode_job(job: dict[str, Any], key: Optional[bytes] = None) -> bytes:
    """Serialize and sign a job for the queue (used by the producer side)."""
    key = key if key is not None else _default_key()
    body = base64.urlsafe_b64encode(json.dumps(job).encode())
    return body + b"." + _mac(body, key)


class JobWorker:
    """Verifies, decodes and dispatches queued jobs to registered handlers."""

    def __init__(self, key: Optional[bytes] = None) -> None:
        self._key = key if key is not None else _default_key()
        self._handlers: dict[str, Callable[..., Any]] = {}

    def register(self, job_type: str, handler: Callable[..., Any]) -> None:
        self._handlers[job_type] = handler

    def decode(self, message: bytes) -> dict[str, Any]:
        """Return the job dict; ValueError if the signature does not match."""
        body, _, mac = message.rpartition(b".")
        if not body or not hmac.compare_digest(_mac(body, self._key), mac):
            raise ValueError("bad signature")
        try:
            job = json.loads(base64.urlsafe_b64decode(body))
        except (binascii.Error, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError("malformed job") from exc
        if not isinstance(job, dict):
            raise ValueError("malformed job")
        return job

    def handle(self, message: bytes) -> Any:
        """Run the handler for one queued message and return its result."""
        job = self.decode(message)
        handler = self._handlers.get(job.get("type"))
        if handler is None:
            raise LookupError(f"no handler for {job.get('type')!r}")
        return handler(**job.get("args", {}))
