import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def budget():
    b = mod.Budget()
    b.set("A1", 1200)        # rent
    b.set("A2", 310.5)       # groceries
    b.set("A3", "=A1*0.1")   # savings
    b.set("B1", "=A1+A2+A3")
    b.set("B2", "=(B1 - 30) / 2")
    return b


def test_formulas_reference_other_cells(budget):
    assert budget.value("A3") == 120.0
    assert budget.value("B1") == 1630.5
    assert budget.value("b2") == 800.25


def test_negative_and_power(budget):
    assert budget.evaluate("=-A2 + 2**3") == -302.5


def test_column_total(budget):
    assert budget.column_total("A", range(1, 4)) == 1630.5


def test_errors(budget):
    budget.set("C1", "=C2")
    budget.set("C2", "=C1")
    with pytest.raises(mod.FormulaError):
        budget.value("C1")
    with pytest.raises(mod.FormulaError):
        budget.evaluate("=A1/0")
    with pytest.raises(mod.FormulaError):
        budget.evaluate("=A1 +* 2")
