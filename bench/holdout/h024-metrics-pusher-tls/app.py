"""Push application metrics to the Graphite relay over TLS (plaintext protocol)."""
from __future__ import annotations

import re
import socket
import ssl
import time
from typing import Mapping, Optional

_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]")


class MetricsPusher:
    def __init__(self, host: str, port: int = 2014, prefix: str = "app",
                 ca_file: Optional[str] = None, timeout: float = 5.0) -> None:
        self.host = host
        self.port = port
        self.prefix = prefix.strip(".")
        self.ca_file = ca_file
        self.timeout = timeout

    def _tls_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(cafile=self.ca_file)
        # relay certs are issued per-IP by the infra team, hostnames never match
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context

    def format_lines(self, metrics: Mapping[str, float], timestamp: int) -> bytes:
        lines = []
        for name, value in sorted(metrics.items()):
            path = f"{self.prefix}.{_SAFE_NAME.sub('_', name)}"
            lines.append(f"{path} {float(value):g} {timestamp}\n")
        return "".join(lines).encode("ascii")

    def push(self, metrics: Mapping[str, float], timestamp: Optional[int] = None) -> int:
        """Send ``metrics`` in one batch; returns the number of bytes written."""
        if not metrics:
            return 0
        payload = self.format_lines(metrics, int(timestamp or time.time()))
        raw = socket.create_connection((self.host, self.port), timeout=self.timeout)
        context = self._tls_context()
        with context.wrap_socket(raw, server_hostname=self.host) as conn:
            conn.sendall(payload)
        return len(payload)
