"""Data access helpers in the shapes assistants write them."""
from __future__ import annotations

import sqlite3
from typing import Any

import pandas as pd
import sqlalchemy
from sqlalchemy import text


class UserRepository:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def find_by_name(self, username: str) -> dict[str, Any] | None:
        # ruleid: sql-fstring-query
        row = self.db.cursor().execute(f"SELECT id, email FROM users WHERE username = '{username}'").fetchone()
        return dict(row) if row else None

    def find_by_email(self, email: str) -> dict[str, Any] | None:
        query = f"""
            SELECT id, username
            FROM users
            WHERE email = '{email}'
        """
        cursor = self.db.cursor()
        # ruleid: sql-fstring-query
        cursor.execute(query)
        return cursor.fetchone()

    def find_by_id(self, user_id: int) -> dict[str, Any] | None:
        # ok: sql-fstring-query
        row = self.db.execute("SELECT id, email FROM users WHERE id = ?", (user_id,)).fetchone()
        return row

    def find_many(self, ids: list[int]) -> list[Any]:
        placeholders = ", ".join("?" for _ in ids)
        # ok: sql-fstring-query
        return self.db.execute(f"SELECT * FROM users WHERE id IN ({placeholders})", ids).fetchall()

    def page(self, limit: int) -> list[Any]:
        # ok: sql-fstring-query
        return self.db.execute(f"SELECT * FROM users LIMIT {int(limit)}").fetchall()


SORTABLE_COLUMNS = {"name", "created_at", "email"}


def list_users(db: sqlite3.Connection, sort_by: str) -> list[Any]:
    if sort_by not in SORTABLE_COLUMNS:
        raise ValueError(f"cannot sort by {sort_by!r}")
    # ok: sql-fstring-query
    return db.execute(f"SELECT * FROM users ORDER BY {sort_by}").fetchall()


def find_sorted(db: sqlite3.Connection, name: str, sort_by: str) -> list[Any]:
    if sort_by not in SORTABLE_COLUMNS:
        raise ValueError(f"cannot sort by {sort_by!r}")
    # ruleid: sql-fstring-query
    return db.execute(f"SELECT * FROM users WHERE name = '{name}' ORDER BY {sort_by}").fetchall()


USERS_TABLE = "app_users"


def count_users(db: sqlite3.Connection, active: bool) -> int:
    # ok: sql-fstring-query
    return db.execute(f"SELECT COUNT(*) FROM {USERS_TABLE} WHERE active = ?", (active,)).fetchone()[0]


def report(engine: sqlalchemy.engine.Engine, region: str) -> pd.DataFrame:
    with engine.connect() as conn:
        # ruleid: sql-fstring-query
        return pd.read_sql(text(f"SELECT * FROM sales WHERE region = '{region}'"), conn)


def report_safe(engine: sqlalchemy.engine.Engine, region: str) -> pd.DataFrame:
    with engine.connect() as conn:
        # ok: sql-fstring-query
        return pd.read_sql(text("SELECT * FROM sales WHERE region = :region"), conn, params={"region": region})


def orders_for(conn: Any, customer_id: str) -> list[tuple[Any, ...]]:
    cur = conn.cursor()
    # ruleid: sql-percent-format-query
    cur.execute("SELECT * FROM orders WHERE customer_id = '%s' ORDER BY created_at DESC" % customer_id)
    return cur.fetchall()


def orders_since(conn: Any, customer_id: str, since: str) -> list[tuple[Any, ...]]:
    sql = "SELECT * FROM orders WHERE customer_id = '%s' AND created_at > '%s'" % (customer_id, since)
    with conn.cursor() as cur:
        # ruleid: sql-percent-format-query
        cur.execute(sql)
        return cur.fetchall()


def orders_safe(conn: Any, customer_id: str) -> list[tuple[Any, ...]]:
    with conn.cursor() as cur:
        # ok: sql-percent-format-query
        cur.execute("SELECT * FROM orders WHERE customer_id = %s", (customer_id,))
        return cur.fetchall()


def orders_table(conn: Any, customer_id: str) -> list[tuple[Any, ...]]:
    with conn.cursor() as cur:
        # ok: sql-percent-format-query
        cur.execute("SELECT * FROM %s WHERE customer_id = %%s" % "orders", (customer_id,))
        return cur.fetchall()


def search_products(db: sqlite3.Connection, term: str) -> list[Any]:
    # ruleid: sql-concat-query
    return db.execute("SELECT * FROM products WHERE name LIKE '%" + term + "%'").fetchall()


def delete_product(db: sqlite3.Connection, sku: str) -> None:
    statement = "DELETE FROM products WHERE sku = '" + sku + "'"
    # ruleid: sql-concat-query
    db.executescript(statement)


def products_in(db: sqlite3.Connection, table: str, term: str) -> list[Any]:
    if table not in {"products", "archived_products"}:
        raise ValueError(table)
    # ruleid: sql-concat-query
    return db.execute("SELECT * FROM " + table + " WHERE name = '" + term + "'").fetchall()


def products_from(db: sqlite3.Connection, table: str) -> list[Any]:
    if table not in {"products", "archived_products"}:
        raise ValueError(table)
    # ok: sql-concat-query
    return db.execute("SELECT * FROM " + table).fetchall()


def search_products_safe(db: sqlite3.Connection, term: str) -> list[Any]:
    # ok: sql-concat-query
    return db.execute("SELECT * FROM products WHERE name LIKE ?", ("%" + term + "%",)).fetchall()


def recent_products(db: sqlite3.Connection) -> list[Any]:
    # ok: sql-concat-query
    return db.execute("SELECT * FROM products " + "ORDER BY created_at DESC LIMIT 10").fetchall()


class NoteStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def delete(self, note_id: str, owner: str) -> None:
        # ruleid: sql-format-method-query
        self.conn.execute("DELETE FROM notes WHERE id = {} AND owner = '{}'".format(note_id, owner))
        self.conn.commit()

    def rename(self, note_id: str, title: str) -> None:
        sql = "UPDATE notes SET title = '{title}' WHERE id = {id}".format(title=title, id=note_id)
        # ruleid: sql-format-method-query
        self.conn.cursor().execute(sql)

    def delete_safe(self, note_id: str, owner: str) -> None:
        # ok: sql-format-method-query
        self.conn.execute("DELETE FROM notes WHERE id = ? AND owner = ?", (note_id, owner))

    def count(self) -> int:
        label = "{} notes".format(3)
        # ok: sql-format-method-query
        return self.conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0]


# Query builders: the statement is made here and run by the caller.
def build_user_lookup(email: str) -> str:
    # ruleid: sql-built-in-helper
    return f"SELECT id, name FROM users WHERE email = '{email}'"


def build_search(term: str, limit: int = 20) -> tuple[str, list[Any]]:
    sql = (
        # ruleid: sql-built-in-helper
        "SELECT * FROM products WHERE name LIKE '%" + term + "%' LIMIT ?"
    )
    return sql, [limit]


class ReportQueries:
    def monthly(self, region: str, month: str) -> str:
        # ruleid: sql-built-in-helper
        query = """
            select region, sum(total) from sales
            where region = '{}' and month = '{}'
            group by region
        """.format(region, month)
        return query

    def by_customer(self, customer_id: str) -> tuple[str, dict[str, Any]]:
        # ruleid: sql-built-in-helper
        statement = "DELETE FROM carts WHERE customer_id = '%s'" % customer_id
        return statement, {}

    def by_customer_safe(self, customer_id: str) -> tuple[str, tuple[str]]:
        # ok: sql-built-in-helper
        return "DELETE FROM carts WHERE customer_id = %s", (customer_id,)


async def make_update(status: str, order_ids: str) -> Any:
    # ruleid: sql-fstring-query
    return text(f"UPDATE orders SET status = '{status.lower()}' WHERE id IN ({order_ids})")


def build_report_cte(tenant: str) -> str:
    # ruleid: sql-built-in-helper
    cte = f"WITH recent AS (SELECT * FROM events WHERE tenant = '{tenant}') SELECT count(*) FROM recent"
    return cte


ORDERABLE = ("created_at", "name", "price")


def build_listing(order_by: str) -> str:
    if order_by not in ORDERABLE:
        raise ValueError(order_by)
    # ok: sql-built-in-helper
    return f"SELECT * FROM products ORDER BY {order_by}"


def build_page(page: int, size: int) -> str:
    # ok: sql-built-in-helper
    return f"SELECT * FROM products LIMIT {size} OFFSET {page * size}"


def build_by_id(user_id: str) -> str:
    user_id = int(user_id)
    # ok: sql-built-in-helper
    return f"SELECT * FROM users WHERE id = {user_id}"


def greeting(name: str) -> str:
    # ok: sql-built-in-helper
    return f"Select {name} from the list below to continue"


def build_bound(email: str) -> Any:
    # ok: sql-built-in-helper
    return text("SELECT id FROM users WHERE email = :email").bindparams(email=email)


def log_query(table: str) -> None:
    # ok: sql-built-in-helper
    print(f"SELECT * FROM {table}")


def build_archive(table: str, cutoff: str) -> str:
    # ruleid: sql-built-in-helper
    sql = "INSERT INTO " + table + "_archive SELECT * FROM " + table + " WHERE created < '" + cutoff + "'"
    return sql


def build_insert(table: str, columns: list[str]) -> tuple[str, list[str]]:
    placeholders = ", ".join("?" for _ in columns)
    # ok: sql-built-in-helper
    return f"INSERT INTO users ({placeholders}) VALUES ({placeholders})", columns


async def active_members(database: Any, team: str) -> list[Any]:
    query = f"SELECT * FROM members WHERE team = '{team}' AND active"
    # ruleid: sql-fstring-query
    return await database.fetch_all(query)


async def member_count(pool: Any, team: str) -> int:
    async with pool.acquire() as conn:
        # ok: sql-fstring-query
        return await conn.fetchval("SELECT count(*) FROM members WHERE team = $1", team)
