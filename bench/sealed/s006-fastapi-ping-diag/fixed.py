"""Network diagnostics endpoints for the ops dashboard."""
from __future__ import annotations

import asyncio
import re

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel

app = FastAPI(title="diagnostics")

PING_CMD = "ping"
PING_COUNT = 1
TIMEOUT_SECONDS = 10
HOST_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$|^[0-9A-Fa-f:]+$")


class PingResult(BaseModel):
    host: str
    ok: bool
    output: str


async def run_ping(host: str) -> tuple[int, str]:
    """Run a single ping against ``host`` and return (exit code, output)."""
    if not HOST_RE.match(host):
        raise ValueError("invalid host")
    proc = await asyncio.create_subprocess_exec(
        PING_CMD, "-c", str(PING_COUNT), host,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    stdout, _ = await asyncio.wait_for(proc.communicate(), TIMEOUT_SECONDS)
    return proc.returncode or 0, stdout.decode(errors="replace")


@app.get("/diag/ping", response_model=PingResult)
async def ping(host: str = Query(..., min_length=1, max_length=253)) -> PingResult:
    try:
        code, output = await run_ping(host)
    except ValueError:
        raise HTTPException(status_code=400, detail="invalid host")
    except asyncio.TimeoutError:
        raise HTTPException(status_code=504, detail="ping timed out")
    return PingResult(host=host, ok=code == 0, output=output.strip())
