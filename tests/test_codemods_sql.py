"""CWE-89 codemods: interpolated SQL → placeholders and a parameter tuple."""
from __future__ import annotations

import pytest

from test_codemods import assert_fix

SQL = [
    pytest.param(
        "sql-fstring-query",
        (),
        "cursor.execute(",
        1,
        '''\
"""User lookups backed by SQLite."""
import sqlite3
from typing import Optional


def get_user_by_email(conn: sqlite3.Connection, email: str) -> Optional[tuple]:
    """Fetch a single user row by email address."""
    cursor = conn.cursor()
    cursor.execute(f"SELECT id, name, email FROM users WHERE email = '{email}'")  # unique index
    return cursor.fetchone()
''',
        "sql-parameterize",
        '''\
"""User lookups backed by SQLite."""
import sqlite3
from typing import Optional


def get_user_by_email(conn: sqlite3.Connection, email: str) -> Optional[tuple]:
    """Fetch a single user row by email address."""
    cursor = conn.cursor()
    cursor.execute("SELECT id, name, email FROM users WHERE email = ?", (email,))  # unique index
    return cursor.fetchone()
''',
        id="cwe-89-fstring-sqlite",
    ),
    pytest.param(
        "sql-percent-format-query",
        (),
        "self.cursor.execute(",
        4,
        '''\
import psycopg2


class OrderRepository:
    """Data access for orders."""

    def __init__(self, dsn: str) -> None:
        self.conn = psycopg2.connect(dsn)
        self.cursor = self.conn.cursor()

    def orders_for(self, customer_id: int, status: str) -> list:
        self.cursor.execute(
            "SELECT * FROM orders WHERE customer_id = %s AND status = '%s' AND discount < 100%%"
            % (customer_id, status),
        )
        return self.cursor.fetchall()
''',
        "sql-parameterize",
        '''\
import psycopg2


class OrderRepository:
    """Data access for orders."""

    def __init__(self, dsn: str) -> None:
        self.conn = psycopg2.connect(dsn)
        self.cursor = self.conn.cursor()

    def orders_for(self, customer_id: int, status: str) -> list:
        self.cursor.execute(
            "SELECT * FROM orders WHERE customer_id = %s AND status = %s AND discount < 100%%",
            (customer_id, status),
        )
        return self.cursor.fetchall()
''',
        id="cwe-89-percent-psycopg2-multiline",
    ),
    pytest.param(
        "sql-format-method-query",
        (),
        "cur.execute(",
        1,
        '''\
import pymysql


def delete_product(conn: pymysql.connections.Connection, product_id: int) -> None:
    with conn.cursor() as cur:
        cur.execute("DELETE FROM products WHERE id = {} LIMIT {limit}".format(product_id, limit=1))
    conn.commit()
''',
        "sql-parameterize",
        '''\
import pymysql


def delete_product(conn: pymysql.connections.Connection, product_id: int) -> None:
    with conn.cursor() as cur:
        cur.execute("DELETE FROM products WHERE id = %s LIMIT %s", (product_id, 1))
    conn.commit()
''',
        id="cwe-89-format-method-pymysql",
    ),
    pytest.param(
        "sql-concat-query",
        (),
        "conn.execute(",
        1,
        '''\
import sqlite3


def search_products(conn: sqlite3.Connection, term: str) -> list[tuple]:
    # Case-insensitive search on the product title
    return conn.execute("SELECT id, title FROM products WHERE title LIKE '%" + term + "%' ORDER BY title").fetchall()
''',
        "sql-parameterize",
        '''\
import sqlite3


def search_products(conn: sqlite3.Connection, term: str) -> list[tuple]:
    # Case-insensitive search on the product title
    return conn.execute(
        "SELECT id, title FROM products WHERE title LIKE ? ORDER BY title",
        (f"%{term}%",),
    ).fetchall()
''',
        id="cwe-89-concat-like",
    ),
    pytest.param(
        "sql-fstring-query",
        (),
        "cursor.execute(query)",
        1,
        '''\
import sqlite3


def count_orders(db_path: str, user_id: int) -> int:
    """Return how many orders a user placed."""
    conn = sqlite3.connect(db_path)
    cursor = conn.cursor()
    query = f"SELECT COUNT(*) FROM orders WHERE user_id = {user_id}"
    cursor.execute(query)
    (count,) = cursor.fetchone()
    return count
''',
        "sql-parameterize",
        '''\
import sqlite3


def count_orders(db_path: str, user_id: int) -> int:
    """Return how many orders a user placed."""
    conn = sqlite3.connect(db_path)
    cursor = conn.cursor()
    query = "SELECT COUNT(*) FROM orders WHERE user_id = ?"
    cursor.execute(query, (user_id,))
    (count,) = cursor.fetchone()
    return count
''',
        id="cwe-89-two-statement-flag-execute",
    ),
    pytest.param(
        "B608",
        (89,),
        "sql = ",
        1,
        '''\
import sqlite3


def rename_user(conn: sqlite3.Connection, user_id: int, new_name: str) -> None:
    sql = "UPDATE users SET name = '" + new_name + "' WHERE id = " + str(user_id)
    with conn:
        conn.execute(sql)
''',
        "sql-parameterize",
        '''\
import sqlite3


def rename_user(conn: sqlite3.Connection, user_id: int, new_name: str) -> None:
    sql = "UPDATE users SET name = ? WHERE id = ?"
    with conn:
        conn.execute(sql, (new_name, str(user_id)))
''',
        id="cwe-89-two-statement-flag-assign",
    ),
    pytest.param(
        "sql-fstring-query",
        (),
        "result = ",
        1,
        '''\
from sqlalchemy import create_engine, text

engine = create_engine("sqlite:///app.db")


def find_account(username: str) -> list:
    with engine.connect() as connection:
        result = connection.execute(text(f"SELECT * FROM accounts WHERE username = '{username}'"))
        return list(result)
''',
        "sql-parameterize",
        '''\
from sqlalchemy import create_engine, text

engine = create_engine("sqlite:///app.db")


def find_account(username: str) -> list:
    with engine.connect() as connection:
        result = connection.execute(
            text("SELECT * FROM accounts WHERE username = :username"),
            {"username": username},
        )
        return list(result)
''',
        id="cwe-89-sqlalchemy-text",
    ),
    pytest.param(
        "custom.sql-rule",
        (89,),
        "db.execute(",
        1,
        '''\
import sqlite3

db = sqlite3.connect("x.db")


def remove(item_id):
    db.execute("DELETE FROM items WHERE id = %d" % item_id)
''',
        "sql-parameterize",
        '''\
import sqlite3

db = sqlite3.connect("x.db")


def remove(item_id):
    db.execute("DELETE FROM items WHERE id = ?", (item_id,))
''',
        id="cwe-89-by-cwe-unknown-rule",
    ),
    pytest.param(
        "sql-fstring-query",
        (),
        "cursor.execute(",
        1,
        '''\
import sqlite3


def add_user(conn: sqlite3.Connection, name: str, email: str, age: int) -> None:
    cursor = conn.cursor()
    cursor.execute(f"INSERT INTO users (name, email, age) VALUES ('{name}', '{email}', {age})")
    conn.commit()
''',
        "sql-parameterize",
        '''\
import sqlite3


def add_user(conn: sqlite3.Connection, name: str, email: str, age: int) -> None:
    cursor = conn.cursor()
    cursor.execute("INSERT INTO users (name, email, age) VALUES (?, ?, ?)", (name, email, age))
    conn.commit()
''',
        id="cwe-89-insert-values",
    ),
    pytest.param(
        "sql-fstring-query",
        (),
        "cur.execute(",
        5,
        '''\
import psycopg2


def find_customers(conn: "psycopg2.extensions.connection", city: str, name_part: str) -> list[tuple]:
    """Customers in a city whose name contains name_part."""
    with conn.cursor() as cur:
        cur.execute(f"""
            SELECT id, name
            FROM customers
            WHERE city = '{city}' AND name ILIKE '%{name_part}%'
        """)
        return cur.fetchall()
''',
        "sql-parameterize",
        '''\
import psycopg2


def find_customers(conn: "psycopg2.extensions.connection", city: str, name_part: str) -> list[tuple]:
    """Customers in a city whose name contains name_part."""
    with conn.cursor() as cur:
        cur.execute("""
            SELECT id, name
            FROM customers
            WHERE city = %s AND name ILIKE %s
        """, (city, f"%{name_part}%"))
        return cur.fetchall()
''',
        id="cwe-89-triple-quoted-psycopg",
    ),
    pytest.param(
        "sql-fstring-query",
        (),
        "return session.execute(",
        1,
        '''\
from sqlalchemy import text
from sqlalchemy.orm import Session


def notes_by_owner(session: Session, owner_id: int, tag: str) -> list:
    sql = f"SELECT * FROM notes WHERE owner_id = {owner_id} AND tag = '{tag}'"
    return session.execute(text(sql)).all()
''',
        "sql-parameterize",
        '''\
from sqlalchemy import text
from sqlalchemy.orm import Session


def notes_by_owner(session: Session, owner_id: int, tag: str) -> list:
    sql = "SELECT * FROM notes WHERE owner_id = :owner_id AND tag = :tag"
    return session.execute(text(sql), {"owner_id": owner_id, "tag": tag}).all()
''',
        id="cwe-89-sqlalchemy-text-of-variable",
    ),
    pytest.param(
        "sql-percent-format-query",
        (),
        "stmt = ",
        1,
        '''\
import sqlalchemy


def notes_by_tag(session, tag: str):
    stmt = sqlalchemy.text("SELECT * FROM notes WHERE tag = '%s'" % tag)
    rows = session.execute(stmt)
    return rows.fetchall()
''',
        "sql-parameterize",
        '''\
import sqlalchemy


def notes_by_tag(session, tag: str):
    stmt = sqlalchemy.text("SELECT * FROM notes WHERE tag = :tag")
    rows = session.execute(stmt, {"tag": tag})
    return rows.fetchall()
''',
        id="cwe-89-sqlalchemy-text-assigned-flag-assign",
    ),
    pytest.param(
        "sql-percent-format-query",
        (),
        "rows = conn.execute(sql)",
        1,
        '''\
import sqlite3


def orders_for_customer(conn: sqlite3.Connection, customer_id: str, status: str = "open") -> list[tuple]:
    """Return one customer's orders with the given status, newest first."""
    sql = (
        "SELECT id, customer_id, total_cents, status FROM orders "
        "WHERE customer_id = '%s' AND status = '%s' "
        "ORDER BY id DESC" % (customer_id, status)
    )
    rows = conn.execute(sql).fetchall()
    return rows
''',
        "sql-parameterize",
        '''\
import sqlite3


def orders_for_customer(conn: sqlite3.Connection, customer_id: str, status: str = "open") -> list[tuple]:
    """Return one customer's orders with the given status, newest first."""
    sql = (
        "SELECT id, customer_id, total_cents, status FROM orders "
        "WHERE customer_id = ? AND status = ? "
        "ORDER BY id DESC"
    )
    rows = conn.execute(sql, (customer_id, status)).fetchall()
    return rows
''',
        id="cwe-89-implicit-concatenation-keeps-layout",
    ),
    pytest.param(
        "sql-fstring-query",
        (),
        "cur.execute(",
        5,
        '''\
import psycopg2


def top_sellers(cur: "psycopg2.extensions.cursor", region: str, limit: int) -> list:
    cur.execute(
        "SELECT seller, SUM(amount) AS total FROM sales "
        f"WHERE region = '{region}' AND amount > 0 AND fee < 5% "
        f"GROUP BY seller ORDER BY total DESC LIMIT {limit}"
    )
    return cur.fetchall()
''',
        "sql-parameterize",
        '''\
import psycopg2


def top_sellers(cur: "psycopg2.extensions.cursor", region: str, limit: int) -> list:
    cur.execute(
        "SELECT seller, SUM(amount) AS total FROM sales "
        "WHERE region = %s AND amount > 0 AND fee < 5%% "
        "GROUP BY seller ORDER BY total DESC LIMIT %s",
        (region, limit)
    )
    return cur.fetchall()
''',
        id="cwe-89-fstring-concatenation-in-call",
    ),
]


@pytest.mark.parametrize(("rule_id", "cwe", "needle", "span", "source", "name", "expected"), SQL)
def test_codemod(
    rule_id: str, cwe: tuple[int, ...], needle: str, span: int, source: str, name: str, expected: str
) -> None:
    assert_fix(source, rule_id, cwe, needle, span, name, expected)
