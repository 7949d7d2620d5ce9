"""Per-user document storage API."""
from __future__ import annotations

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

ROOT = "/srv/app/userdata"

app = FastAPI(title="User files")


def _read_text(path: str) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()


@app.get("/files", response_class=PlainTextResponse)
async def read_user_file(user: str, filename: str) -> str:
    """Return the text of ``filename`` stored in ``user``'s folder."""
    path = f"{ROOT}/{user}/{filename}"
    try:
        return _read_text(path)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise HTTPException(status_code=404, detail="file not found")
