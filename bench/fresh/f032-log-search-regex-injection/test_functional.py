import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

LOG = [
    "2024-05-01 INFO payment accepted order=1\n",
    "2024-05-01 WARN Payment Declined order=2\n",
    "2024-05-01 INFO user login\n",
]


def test_search_lines_case_insensitive():
    assert list(mod.search_lines(LOG, "payment declined")) == [(2, "2024-05-01 WARN Payment Declined order=2")]


def test_case_sensitive():
    assert list(mod.search_lines(LOG, "payment", ignore_case=False)) == [(1, LOG[0].rstrip())]


def test_cli(tmp_path, capsys):
    path = tmp_path / "app.log"
    path.write_text("".join(LOG))
    assert mod.main(["--term", "order=2", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}:2:2024-05-01 WARN Payment Declined order=2\n"
    assert mod.main(["--term", "refund", str(path)]) == 1
