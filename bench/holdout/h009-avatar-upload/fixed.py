"""Profile service: avatar upload and retrieval."""
import os
from pathlib import Path
from typing import Dict

from fastapi import FastAPI, HTTPException, UploadFile
from fastapi.responses import FileResponse

AVATAR_DIR = Path(os.environ.get("AVATAR_DIR", "/var/lib/profile/avatars"))
ALLOWED_TYPES = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}
MAX_BYTES = 2 * 1024 * 1024

app = FastAPI()
_avatars: Dict[int, Path] = {}


def storage_path(filename: str) -> Path:
    """Where an uploaded avatar is kept on disk."""
    AVATAR_DIR.mkdir(parents=True, exist_ok=True)
    return AVATAR_DIR / filename


@app.post("/users/{user_id}/avatar", status_code=201)
async def upload_avatar(user_id: int, file: UploadFile):
    if file.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported image type")
    data = await file.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="avatar too large")
    # Never trust the client-supplied filename: derive the stored name ourselves.
    name = f"user-{user_id}{ALLOWED_TYPES[file.content_type]}"
    dest = storage_path(name)
    with open(dest, "wb") as out:
        out.write(data)
    _avatars[user_id] = dest
    return {"user_id": user_id, "url": f"/users/{user_id}/avatar", "size": len(data)}


@app.get("/users/{user_id}/avatar")
async def get_avatar(user_id: int):
    path = _avatars.get(user_id)
    if path is None or not path.exists():
        raise HTTPException(status_code=404, detail="no avatar")
    return FileResponse(path)
