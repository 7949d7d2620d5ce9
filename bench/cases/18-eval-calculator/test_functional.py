from __future__ import annotations

import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize(
    ("expr", "value"),
    [("1 + 2", 3.0), ("(2 + 3) * 4 / 5", 4.0), ("-2 ** 2", -4.0), ("7 // 2 + 7 % 2", 4.0), ("1.5e1", 15.0)],
)
def test_arithmetic(expr: str, value: float) -> None:
    assert mod.evaluate(expr) == value


def test_errors() -> None:
    with pytest.raises(ValueError):
        mod.evaluate("2 +")
    with pytest.raises(ValueError):
        mod.evaluate("   ")
    with pytest.raises(ZeroDivisionError):
        mod.evaluate("1 / 0")


def test_format_result() -> None:
    assert mod.format_result(4.0) == "4"
    assert mod.format_result(2 / 3) == "0.67"
