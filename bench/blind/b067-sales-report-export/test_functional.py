import importlib, os, csv

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SALES = [
    mod.Sale("west", "widget", 3, 2.5),
    mod.Sale("east", "gadget", 10, 1.2),
    mod.Sale("east", "anvil", 1, 99.99),
]


def test_export_contents(tmp_path, monkeypatch):
    monkeypatch.setattr(mod.tempfile, "tempdir", str(tmp_path / "scratch"))
    (tmp_path / "scratch").mkdir()
    dest = tmp_path / "out" / "report.csv"
    dest.parent.mkdir()
    assert mod.export_sales_report(SALES, str(dest)) == str(dest)
    with open(dest, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows == [
        ["region", "product", "units", "revenue"],
        ["east", "anvil", "1", "99.99"],
        ["east", "gadget", "10", "12.00"],
        ["west", "widget", "3", "7.50"],
    ]
    # scratch file was moved away, nothing left behind
    assert os.listdir(tmp_path / "scratch") == []
    assert mod.report_size(str(dest)) == os.path.getsize(dest)


def test_empty_report(tmp_path, monkeypatch):
    monkeypatch.setattr(mod.tempfile, "tempdir", str(tmp_path))
    dest = tmp_path / "empty.csv"
    mod.export_sales_report([], str(dest))
    assert dest.read_text(encoding="utf-8").splitlines() == ["region,product,units,revenue"]
