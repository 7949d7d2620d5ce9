from __future__ import annotations

import importlib
import math
import os
from typing import Any

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_request_has_a_finite_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    # A stalled server cannot be simulated offline without waiting out the timeout itself,
    # so check what the call would be made with.
    seen: dict[str, Any] = {}

    def get(url: str, **kwargs: Any) -> object:
        seen.update(kwargs)
        raise requests.ConnectionError("offline")

    monkeypatch.setattr(requests, "get", get)
    with pytest.raises(requests.ConnectionError):
        mod.fetch_rates()
    timeout = seen.get("timeout")
    limits = timeout if isinstance(timeout, tuple) else (timeout,)
    assert timeout is not None and all(t is not None and math.isfinite(t) and t <= 60 for t in limits)
