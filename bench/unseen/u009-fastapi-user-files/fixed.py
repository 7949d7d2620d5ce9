"""Per-user document storage API."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

ROOT = "/srv/app/userdata"

app = FastAPI(title="User files")


def _read_text(path: Path) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _resolve_user_path(user: str, filename: str) -> Path:
    """Resolve ``filename`` inside ``user``'s folder, refusing anything that escapes it."""
    if not user or user in (".", "..") or "/" in user or "\\" in user:
        raise HTTPException(status_code=400, detail="invalid user")
    user_dir = (Path(ROOT) / user).resolve()
    target = (user_dir / filename).resolve()
    if not target.is_relative_to(user_dir):
        raise HTTPException(status_code=400, detail="invalid file name")
    return target


@app.get("/files", response_class=PlainTextResponse)
async def read_user_file(user: str, filename: str) -> str:
    """Return the text of ``filename`` stored in ``user``'s folder."""
    path = _resolve_user_path(user, filename)
    try:
        return _read_text(path)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise HTTPException(status_code=404, detail="file not found")
