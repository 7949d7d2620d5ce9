import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

LOG = """2024-05-01 10:00:01 INFO service started
2024-05-01 10:02:13 ERROR Disk Full on /var/lib/data
2024-05-01 10:05:42 WARNING slow query (2.3s)
2024-05-01 10:07:00 ERROR upstream timeout
"""


def make_client(tmp_path):
    log = tmp_path / "app.log"
    log.write_text(LOG)
    return mod.create_app(str(log)).test_client()


def test_search_plain_word(tmp_path):
    resp = make_client(tmp_path).get("/admin/logs/search", query_string={"q": "ERROR"})
    assert resp.status_code == 200
    assert len(resp.get_json()["matches"]) == 2


def test_search_is_case_insensitive_by_default(tmp_path):
    matches = make_client(tmp_path).get("/admin/logs/search", query_string={"q": "disk full"}).get_json()["matches"]
    assert matches == ["2024-05-01 10:02:13 ERROR Disk Full on /var/lib/data"]


def test_case_sensitive_option(tmp_path):
    resp = make_client(tmp_path).get("/admin/logs/search", query_string={"q": "disk full", "case": "sensitive"})
    assert resp.get_json()["matches"] == []


def test_missing_query(tmp_path):
    assert make_client(tmp_path).get("/admin/logs/search").status_code == 400
