import importlib
import os
import stat
from datetime import date

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ROWS = [{"account": "acme", "revenue": 100}]


def test_report_folder_not_world_accessible(tmp_path):
    mod.write_team_report(tmp_path, "finance", date(2024, 1, 31), ROWS)
    mode = stat.S_IMODE(os.stat(tmp_path / "finance" / "2024-01-31").st_mode)
    assert mode & 0o007 == 0, oct(mode)


def test_report_files_not_world_writable_or_readable(tmp_path):
    files = mod.write_team_report(tmp_path, "finance", date(2024, 2, 1), ROWS)
    for f in files:
        mode = stat.S_IMODE(os.stat(f).st_mode)
        assert mode & 0o007 == 0, f"{f.name}: {oct(mode)}"
