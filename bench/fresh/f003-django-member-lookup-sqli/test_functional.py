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
            [("alice", "alice@club.test", "gold"), ("bob", "bob@club.test", "silver")],
        )
    yield


def test_lookup_existing_member():
    resp = Client().get("/members/lookup", {"username": "alice"})
    assert resp.status_code == 200
    data = json.loads(resp.content)
    assert data == {"results": [{"id": 1, "username": "alice", "email": "alice@club.test", "tier": "gold"}]}


def test_lookup_unknown_member():
    resp = Client().get("/members/lookup", {"username": "carol"})
    assert json.loads(resp.content) == {"results": []}


def test_missing_username_is_400():
    assert Client().get("/members/lookup").status_code == 400


def test_fetch_members_helper():
    assert [m["email"] for m in mod.fetch_members("bob")] == ["bob@club.test"]
