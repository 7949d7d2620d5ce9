"""Minimal FastAPI auth service: sign up, then log in with username/password."""
from __future__ import annotations

import hashlib

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

PASSWORD_SALT = "f8c1-app-salt-2023"

app = FastAPI(title="members")
USERS: dict[str, str] = {}


class Credentials(BaseModel):
    username: str
    password: str


def digest_password(password: str) -> str:
    """Return the digest stored for ``password``."""
    salted = PASSWORD_SALT + password
    return hashlib.md5(salted.encode("utf-8")).hexdigest()


def check_password(password: str, stored: str) -> bool:
    """Compare a candidate password with a stored digest."""
    candidate = digest_password(password)
    return candidate == stored


@app.post("/signup", status_code=201)
def signup(creds: Credentials) -> dict[str, str]:
    if not creds.username or len(creds.password) < 8:
        raise HTTPException(status_code=400, detail="username and 8+ char password required")
    if creds.username in USERS:
        raise HTTPException(status_code=409, detail="username taken")
    USERS[creds.username] = digest_password(creds.password)
    return {"username": creds.username}


@app.post("/login")
def login(creds: Credentials) -> dict[str, str]:
    stored = USERS.get(creds.username)
    if stored is None or not check_password(creds.password, stored):
        raise HTTPException(status_code=401, detail="invalid credentials")
    return {"username": creds.username, "status": "ok"}
