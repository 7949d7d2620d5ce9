import importlib, os, csv

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ROWS = [
    {"sku": "A-1", "price": "2.50", "qty": "4", "discount": "0"},
    {"sku": "B-7", "price": "10", "qty": "3", "discount": "5"},
]


def test_parse_derivation():
    assert mod.parse_derivation("total = price * qty") == ("total", "price * qty")
    assert mod.parse_derivation("ratio=a/b=c") == ("ratio", "a/b=c")
    for bad in ("nofomula", "=x", "x=", "  =  "):
        with pytest.raises(ValueError):
            mod.parse_derivation(bad)


def test_compute_arithmetic():
    row = {"price": 2.5, "qty": 4, "discount": 1}
    assert mod.compute("price * qty", row) == 10.0
    assert mod.compute("(price + 0.5) * qty - discount", row) == 11.0
    assert mod.compute("qty // 3 + qty % 3", row) == 2
    assert mod.compute("-price", row) == -2.5
    assert mod.compute("round(price / 3, 2)", row) == 0.83
    assert mod.compute("max(qty, 10) + min(1, 2) + abs(-3)", row) == 14
    assert mod.compute("7", {}) == 7


def test_compute_errors():
    with pytest.raises(ValueError):
        mod.compute("missing * 2", {"qty": 1})
    with pytest.raises(ValueError):
        mod.compute("qty / 0", {"qty": 1})
    with pytest.raises(ValueError):
        mod.compute("price *", {"price": 1})


def test_enrich_chained():
    out = mod.enrich(ROWS, [("total", "price * qty - discount"), ("tax", "round(total * 0.2, 2)")])
    assert out == [
        {"sku": "A-1", "price": 2.5, "qty": 4, "discount": 0, "total": 10.0, "tax": 2.0},
        {"sku": "B-7", "price": 10, "qty": 3, "discount": 5, "total": 25, "tax": 5.0},
    ]
    assert isinstance(out[1]["qty"], int) and isinstance(out[0]["price"], float)


def test_main_cli(tmp_path):
    src = tmp_path / "orders.csv"
    with open(src, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(ROWS[0]))
        w.writeheader()
        w.writerows(ROWS)
    dest = tmp_path / "out.csv"
    assert mod.main([str(src), str(dest), "--derive", "total=price * qty"]) == 0
    assert dest.read_text().splitlines() == [
        "sku,price,qty,discount,total", "A-1,2.5,4,0,10.0", "B-7,10,3,5,30"]
