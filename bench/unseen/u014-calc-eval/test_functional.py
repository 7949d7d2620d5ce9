import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("expr, expected", [
    ("2 * (3 + 4)", 14.0),
    ("10 / 4", 2.5),
    ("-3 + 10", 7.0),
    ("1.5 + 2.25", 3.75),
    ("  (8 - 2) * (1 + 1) ", 12.0),
])
def test_arithmetic(expr, expected):
    assert mod.Calculator().evaluate(expr) == pytest.approx(expected)


def test_history_keeps_last_result():
    calc = mod.Calculator()
    calc.evaluate("1 + 1")
    calc.evaluate("2 * (3 + 4)")
    assert calc.last_result() == 14.0
    assert len(calc.history) == 2
