from __future__ import annotations

import importlib
import json
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_import_ok() -> None:
    body = json.dumps({"orders": [
        {"sku": "A-1", "quantity": 3, "unit_price": "2.50"},
        {"sku": "B-2", "quantity": 1, "unit_price": 10},
    ]}).encode()
    assert mod.handle_import(body) == (200, {"imported": 2, "total": "17.50"})


def test_bad_input_is_a_400_with_an_error() -> None:
    status, body = mod.handle_import(b'{"orders": [{"sku": "A-1", "quantity": -1, "unit_price": 1}]}')
    assert status == 400
    assert body["error"] == "import failed" and body["detail"]
