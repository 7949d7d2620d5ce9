"""Background worker that drains a message queue of thumbnail/email jobs."""
from __future__ import annotations

import base64
import logging
import pickle
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

log = logging.getLogger("jobs")

Handler = Callable[..., Any]


@dataclass
class Worker:
    """Dispatches queued jobs to registered handlers."""

    handlers: dict[str, Handler] = field(default_factory=dict)
    processed: int = 0
    failed: int = 0

    def register(self, name: str) -> Callable[[Handler], Handler]:
        def deco(fn: Handler) -> Handler:
            self.handlers[name] = fn
            return fn
        return deco

    @staticmethod
    def build_message(task: str, **params: Any) -> bytes:
        """Producer side: encode a job for the queue."""
        payload = {"task": task, "params": params}
        return base64.b64encode(pickle.dumps(payload))

    def decode(self, message: bytes) -> dict[str, Any]:
        body = base64.b64decode(message)
        job = pickle.loads(body)
        if not isinstance(job, dict) or "task" not in job:
            raise ValueError("malformed job")
        return job

    def handle(self, message: bytes) -> Any:
        """Run one message; return the handler result, or None on failure."""
        try:
            job = self.decode(message)
            handler = self.handlers[job["task"]]
            result = handler(**job.get("params", {}))
        except Exception as exc:  # keep the worker alive
            log.warning("job failed: %s", exc)
            self.failed += 1
            return None
        self.processed += 1
        return result

    def drain(self, queue: Iterable[bytes]) -> list[Any]:
        """Process every message currently on the queue."""
        return [self.handle(msg) for msg in queue]
