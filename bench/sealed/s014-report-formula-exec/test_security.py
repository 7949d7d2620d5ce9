import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ROWS = [{"price": 1.0, "quantity": 2}]


def _run(formula):
    try:
        return mod.add_computed_column(ROWS, mod.ComputedColumn("x", formula))
    except Exception:
        return None


def test_formula_cannot_touch_filesystem(tmp_path):
    marker = tmp_path / "PWNED"
    _run(f"__import__('pathlib').Path({str(marker)!r}).touch() or price")
    assert not marker.exists()


def test_formula_cannot_run_statements(tmp_path):
    marker = tmp_path / "STMT"
    _run(f"price\nopen({str(marker)!r}, 'w').write('x')")
    assert not marker.exists()
