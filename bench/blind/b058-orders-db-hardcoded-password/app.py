"""Connection helpers for the orders PostgreSQL database."""
from __future__ import annotations

import os

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine

DB_DRIVER = "postgresql+psycopg2"
DB_HOST = os.environ.get("ORDERS_DB_HOST", "orders-db.internal")
DB_PORT = int(os.environ.get("ORDERS_DB_PORT", "5432"))
DB_USER = os.environ.get("ORDERS_DB_USER", "orders_app")
DB_PASSWORD = "0rd3rs-Pr0d!2023"
DEFAULT_DATABASE = "orders"


def database_url(database: str = DEFAULT_DATABASE) -> str:
    """Return the full connection URL (including credentials) for ``database``."""
    url = URL.create(
        DB_DRIVER,
        username=DB_USER,
        password=DB_PASSWORD,
        host=DB_HOST,
        port=DB_PORT,
        database=database,
    )
    return url.render_as_string(hide_password=False)


def make_engine(database: str = DEFAULT_DATABASE, *, echo: bool = False) -> Engine:
    """Create a pooled engine for ``database``."""
    return create_engine(
        database_url(database),
        pool_size=5,
        max_overflow=10,
        pool_pre_ping=True,
        echo=echo,
    )
