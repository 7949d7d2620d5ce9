"""Push service metrics to the internal metrics gateway over HTTPS."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

import httpx

GATEWAY_URL = os.environ.get("METRICS_GATEWAY_URL", "https://metrics.internal.example.com")


@dataclass
class Sample:
    name: str
    value: float
    labels: dict[str, str] = field(default_factory=dict)


def to_exposition(samples: list[Sample]) -> str:
    """Render samples in the Prometheus text exposition format."""
    lines = []
    for s in samples:
        labels = ",".join(f'{k}="{v}"' for k, v in sorted(s.labels.items()))
        lines.append(f"{s.name}{{{labels}}} {s.value}" if labels else f"{s.name} {s.value}")
    return "\n".join(lines) + "\n"


class MetricsPusher:
    """Batches samples and pushes them to the gateway for one job."""

    def __init__(self, job: str, gateway_url: str = GATEWAY_URL, token: str | None = None) -> None:
        self.job = job
        self.url = f"{gateway_url.rstrip('/')}/metrics/job/{job}"
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        # the gateway uses the internal CA, so skip certificate checks
        self.client = httpx.Client(verify=False, timeout=5.0, headers=headers)
        self.pending: list[Sample] = []

    def record(self, name: str, value: float, **labels: str) -> None:
        self.pending.append(Sample(name, value, labels))

    def push(self) -> int:
        """Send pending samples; returns the number pushed."""
        if not self.pending:
            return 0
        body = to_exposition(self.pending)
        resp = self.client.post(self.url, content=body, headers={"Content-Type": "text/plain"})
        resp.raise_for_status()
        count, self.pending = len(self.pending), []
        return count

    def push_timing(self, name: str, started: float) -> int:
        self.record(name, round(time.monotonic() - started, 6))
        return self.push()
