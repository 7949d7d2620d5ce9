import importlib
import json
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402


@pytest.fixture(autouse=True)
def members_table():
    with connection.cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS members")
        cur.execute("CREATE TABLE members (id INTEGER PRIMARY KEY, username TEXT, email TEXT, tier TEXT)")
        cur.executemany(
            "INSERT INTO members (username, email, tier) VALUES (%s, %s, %s)",
            [("alice", "alice@club.test", "gold"), ("root", "root@club.test", "admin")],
        )
    yield


def _results(username):
    client = Client(raise_request_exception=False)
    resp = client.get("/members/lookup", {"username": username})
    if resp.status_code != 200:
        return []
    return json.loads(resp.content)["results"]


def test_tautology_dumps_no_extra_members():
    rows = _results("nobody' OR '1'='1")
    assert rows == []


def test_union_cannot_read_schema():
    rows = _results("x' UNION SELECT 1, name, sql, type FROM sqlite_master --")
    assert not any("CREATE TABLE" in str(r.get("email")) for r in rows)
