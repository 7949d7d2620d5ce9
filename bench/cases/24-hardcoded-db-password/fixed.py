"""Connection settings for the reporting database."""
from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import quote

DB_HOST = os.environ.get("REPORTS_DB_HOST", "db.internal")
DB_PORT = 5432
DB_USER = "reporting"


@dataclass(frozen=True)
class DbConfig:
    host: str
    port: int
    user: str
    password: str
    database: str

    def dsn(self) -> str:
        """libpq connection URL for this configuration."""
        return f"postgresql://{self.user}:{quote(self.password)}@{self.host}:{self.port}/{self.database}"


def get_db_config(database: str = "reports") -> DbConfig:
    """Connection settings for one of the reporting databases.

    Raises:
        RuntimeError: REPORTS_DB_PASSWORD is not set.
    """
    password = os.environ.get("REPORTS_DB_PASSWORD")
    if not password:
        raise RuntimeError("REPORTS_DB_PASSWORD is not set")
    return DbConfig(host=DB_HOST, port=DB_PORT, user=DB_USER, password=password, database=database)
