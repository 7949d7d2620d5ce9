from __future__ import annotations

import importlib
import json
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("body", [b"{not json", b'{"orders": [{"sku": "A"}]}'])
def test_error_body_reveals_no_internals(body: bytes) -> None:
    status, payload = mod.handle_import(body)
    text = json.dumps(payload)
    assert status == 400
    assert "Traceback" not in text
    assert ".py" not in text and mod.__name__ + "." not in text
