import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

CSV = "sku,price,qty\nA1,2.50,4\nB2,10,3\n"


def test_apply_formulas():
    rows = mod.apply_formulas(CSV, {"total": "price * qty", "vat": "total * 0.2", "net": "(total - vat) / 2"})
    assert rows[0] == {"sku": "A1", "price": 2.5, "qty": 4.0, "total": 10.0, "vat": 2.0, "net": 4.0}
    assert rows[1]["total"] == 30.0 and rows[1]["net"] == 12.0


def test_evaluate_formula_unary_and_power():
    assert mod.evaluate_formula("-price + qty ** 2", {"price": 1.0, "qty": 3.0}) == 8.0


def test_cli(tmp_path, capsys):
    path = tmp_path / "orders.csv"
    path.write_text(CSV)
    assert mod.main([str(path), "--formula", "total=price*qty"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "sku,price,qty,total"
    assert out[1] == "A1,2.5,4.0,10.0"


def test_parse_formula_args():
    assert mod.parse_formula_args(["a = b + 1", "c=d"]) == {"a": "b + 1", "c": "d"}
