"""Background worker executing jobs that the web tier pushes onto the task queue."""
from __future__ import annotations

import base64
import hashlib
import hmac
import pickle
from typing import Any, Callable

QUEUE_SIGNING_KEY = b"tq-worker-7f3a9c1e5b2d4a60"


def _mac(body: bytes, key: bytes) -> bytes:
    return hmac.new(key, body, hashlib.sha256).hexdigest().encode()


def encode_job(job: dict[str, Any], key: bytes = QUEUE_SIGNING_KEY) -> bytes:
    """Serialize and sign a job for the queue (used by the producer side)."""
    body = base64.urlsafe_b64encode(pickle.dumps(job))
    return body + b"." + _mac(body, key)


class JobWorker:
    """Verifies, decodes and dispatches queued jobs to registered handlers."""

    def __init__(self, key: bytes = QUEUE_SIGNING_KEY) -> None:
        self._key = key
        self._handlers: dict[str, Callable[..., Any]] = {}

    def register(self, job_type: str, handler: Callable[..., Any]) -> None:
        self._handlers[job_type] = handler

    def decode(self, message: bytes) -> dict[str, Any]:
        """Return the job dict; ValueError if the signature does not match."""
        body, _, mac = message.rpartition(b".")
        if not body or not hmac.compare_digest(_mac(body, self._key), mac):
            raise ValueError("bad signature")
        job = pickle.loads(base64.urlsafe_b64decode(body))
        return job

    def handle(self, message: bytes) -> Any:
        """Run the handler for one queued message and return its result."""
        job = self.decode(message)
        handler = self._handlers.get(job.get("type"))
        if handler is None:
            raise LookupError(f"no handler for {job.get('type')!r}")
        return handler(**job.get("args", {}))
