"""Sensor telemetry API: query recent readings per device."""
from datetime import datetime, timezone
from typing import Optional

from fastapi import FastAPI, HTTPException, Query
from sqlalchemy import create_engine, text
from sqlalchemy.pool import StaticPool

READINGS_TABLE = "sensor_readings"  # fixed name, shared with the ingest worker

engine = create_engine(
    "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
)
app = FastAPI(title="telemetry")


def init_db() -> None:
    with engine.begin() as conn:
        conn.execute(text(
            f"CREATE TABLE IF NOT EXISTS {READINGS_TABLE} ("
            " device_id TEXT, metric TEXT, value REAL, recorded_at TEXT)"
        ))


def record(device_id: str, metric: str, value: float, recorded_at: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(f"INSERT INTO {READINGS_TABLE} VALUES (:d, :m, :v, :t)"),
            {"d": device_id, "m": metric, "v": value, "t": recorded_at},
        )


def _since_clause(since: Optional[str]) -> str:
    if since is None:
        return "1970-01-01T00:00:00"
    return datetime.fromisoformat(since).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


@app.get("/devices/{device_id}/readings")
async def device_readings(device_id: str, metric: str = Query("temperature"),
                          since: Optional[str] = None, limit: int = Query(50, le=500)):
    """Return readings for one device, newest first."""
    try:
        cutoff = _since_clause(since)
    except ValueError:
        raise HTTPException(status_code=422, detail="since must be ISO-8601")
    stmt = text(
        "SELECT device_id, metric, value, recorded_at FROM {table} "
        "WHERE device_id = '{device}' AND metric = '{metric}' AND recorded_at >= '{cutoff}' "
        "ORDER BY recorded_at DESC LIMIT {limit}".format(
            table=READINGS_TABLE, device=device_id, metric=metric,
            cutoff=cutoff, limit=limit,
        )
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt).mappings().all()
    return {"device": device_id, "readings": [dict(r) for r in rows]}


init_db()
