import csv
import importlib
import json
import os
import stat
from datetime import date

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ROWS = [{"account": "acme", "revenue": 100}, {"account": "globex", "revenue": 250}]


def test_writes_csv_and_json(tmp_path):
    files = mod.write_team_report(tmp_path, "sales", date(2024, 5, 1), ROWS)
    folder = tmp_path / "sales" / "2024-05-01"
    assert sorted(p.name for p in files) == ["revenue.csv", "summary.json"]
    with open(folder / "revenue.csv", newline="") as fh:
        assert [r["account"] for r in csv.DictReader(fh)] == ["acme", "globex"]
    assert json.loads((folder / "summary.json").read_text())["total"] == 350


def test_group_can_use_reports(tmp_path):
    files = mod.write_team_report(tmp_path, "ops", date(2024, 5, 2), ROWS)
    folder_mode = stat.S_IMODE(os.stat(tmp_path / "ops" / "2024-05-02").st_mode)
    assert folder_mode & 0o070 == 0o070
    for f in files:
        assert stat.S_IMODE(os.stat(f).st_mode) & 0o040


def test_run_nightly(tmp_path):
    assert mod.run_nightly({"a": ROWS, "b": []}, date(2024, 5, 3), root=tmp_path) == 4
