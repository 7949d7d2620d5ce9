"""Network diagnostics endpoints for the ops dashboard."""
from __future__ import annotations

import asyncio

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel

app = FastAPI(title="diagnostics")

PING_CMD = "ping"
PING_COUNT = 1
TIMEOUT_SECONDS = 10


class PingResult(BaseModel):
    host: str
    ok: bool
    output: str


async def run_ping(host: str) -> tuple[int, str]:
    """Run a single ping against ``host`` and return (exit code, output)."""
    command = f"{PING_CMD} -c {PING_COUNT} {host}"
    proc = await asyncio.create_subprocess_shell(
        command,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    stdout, _ = await asyncio.wait_for(proc.communicate(), TIMEOUT_SECONDS)
    return proc.returncode or 0, stdout.decode(errors="replace")


@app.get("/diag/ping", response_model=PingResult)
async def ping(host: str = Query(..., min_length=1, max_length=253)) -> PingResult:
    try:
        code, output = await run_ping(host)
    except asyncio.TimeoutError:
        raise HTTPException(status_code=504, detail="ping timed out")
    return PingResult(host=host, ok=code == 0, output=output.strip())
