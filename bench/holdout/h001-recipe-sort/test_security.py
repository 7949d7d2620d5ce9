import importlib
import os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client(tmp_path):
    db = str(tmp_path / "recipes.db")
    mod.init_schema(db)
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO recipes VALUES (?, ?, ?, ?, ?)",
            [(1, "Shakshuka", "Maghrebi", 30, 4.6), (2, "Bibimbap", "Korean", 45, 4.8),
             (3, "Pad Thai", "Thai", 25, 4.1)],
        )
        conn.execute("INSERT INTO staff VALUES (1, 'chef@example.com', 'tok_s3cr3t')")
    return mod.create_app(db).test_client()


def _probe(client, guess):
    # Boolean oracle: the row order reveals whether the staff token starts with `guess`.
    expr = (
        "(CASE WHEN (SELECT substr(api_token, 1, 5) FROM staff LIMIT 1) = "
        f"'{guess}' THEN rating ELSE id END)"
    )
    resp = client.get("/recipes", query_string={"sort": expr})
    return resp.status_code, resp.get_data(as_text=True)


def test_sort_parameter_cannot_leak_data_through_ordering(client):
    right = _probe(client, "tok_s")
    wrong = _probe(client, "xxxxx")
    assert right == wrong, "ORDER BY expression from the query string was executed"


def test_sort_parameter_cannot_run_subqueries(client):
    resp = client.get("/recipes", query_string={"sort": "(SELECT api_token FROM staff)"})
    body = resp.get_data(as_text=True)
    assert resp.status_code >= 400 or body == client.get("/recipes").get_data(as_text=True)
