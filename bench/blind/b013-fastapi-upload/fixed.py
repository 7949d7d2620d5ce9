"""Attachment upload service.

Clients POST the raw file bytes to /attachments?filename=<name>.
"""
import os

from fastapi import FastAPI, HTTPException, Request

UPLOAD_DIR = "uploads"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024

api = FastAPI(title="Attachments")


def _destination(filename: str) -> str:
    os.makedirs(UPLOAD_DIR, exist_ok=True)
    base = os.path.realpath(UPLOAD_DIR)
    target = os.path.realpath(os.path.join(base, filename))
    if os.path.dirname(target) != base:
        raise HTTPException(status_code=400, detail="invalid filename")
    return target


@api.post("/attachments", status_code=201)
async def upload_attachment(filename: str, request: Request) -> dict:
    """Store the request body under UPLOAD_DIR and report what was saved."""
    if not filename.strip():
        raise HTTPException(status_code=400, detail="filename required")
    payload = await request.body()
    if len(payload) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="file too large")
    target = _destination(filename)
    try:
        with open(target, "wb") as handle:
            handle.write(payload)
    except OSError:
        raise HTTPException(status_code=500, detail="could not store file")
    return {"filename": filename, "size": len(payload)}
