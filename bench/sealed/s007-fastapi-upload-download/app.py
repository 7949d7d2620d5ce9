"""Attachment download service."""
from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI(title="attachments")

UPLOAD_DIR = Path("/srv/app/uploads")


def locate_upload(file_path: str) -> Path:
    """Map a request path onto a file inside the uploads folder."""
    candidate = UPLOAD_DIR / file_path
    if not candidate.is_file():
        raise FileNotFoundError(file_path)
    return candidate


@app.get("/files/{file_path:path}")
async def download(file_path: str) -> FileResponse:
    """Stream a previously uploaded attachment back to the client."""
    try:
        target = locate_upload(file_path)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="file not found")
    media_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    return FileResponse(target, media_type=media_type, filename=target.name)


@app.get("/files")
async def list_files() -> dict[str, list[str]]:
    names = sorted(p.relative_to(UPLOAD_DIR).as_posix() for p in UPLOAD_DIR.rglob("*") if p.is_file())
    return {"files": names}
