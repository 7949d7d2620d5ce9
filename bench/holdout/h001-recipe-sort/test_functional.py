import importlib
import os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

RECIPES = [
    (1, "Shakshuka", "Maghrebi", 30, 4.6),
    (2, "Bibimbap", "Korean", 45, 4.8),
    (3, "Pad Thai", "Thai", 25, 4.1),
    (4, "Arancini", "Italian", 60, 3.9),
]


@pytest.fixture()
def client(tmp_path):
    db = str(tmp_path / "recipes.db")
    mod.init_schema(db)
    with sqlite3.connect(db) as conn:
        conn.executemany("INSERT INTO recipes VALUES (?, ?, ?, ?, ?)", RECIPES)
    return mod.create_app(db).test_client()


def test_default_sort_is_title(client):
    titles = [r["title"] for r in client.get("/recipes").get_json()]
    assert titles == ["Arancini", "Bibimbap", "Pad Thai", "Shakshuka"]


def test_sort_by_rating_desc(client):
    rows = client.get("/recipes?sort=rating&order=desc").get_json()
    assert [r["id"] for r in rows] == [2, 1, 3, 4]


def test_sort_by_prep_time_with_limit(client):
    rows = client.get("/recipes?sort=prep_minutes&limit=2").get_json()
    assert [r["title"] for r in rows] == ["Pad Thai", "Shakshuka"]


def test_get_single_and_missing(client):
    assert client.get("/recipes/3").get_json()["cuisine"] == "Thai"
    assert client.get("/recipes/99").status_code == 404
