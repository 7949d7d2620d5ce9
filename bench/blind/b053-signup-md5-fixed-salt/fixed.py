"""Minimal FastAPI auth service: sign up, then log in with username/password."""
from __future__ import annotations

import hashlib
import hmac
import os

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16

app = FastAPI(title="members")
USERS: dict[str, str] = {}


class Credentials(BaseModel):
    username: str
    password: str


def digest_password(password: str) -> str:
    """Return the digest stored for ``password``: ``pbkdf2_sha256$iters$salthex$hashhex``."""
    salt = os.urandom(SALT_BYTES)
    key = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ITERATIONS)
    return f"pbkdf2_sha256${PBKDF2_ITERATIONS}${salt.hex()}${key.hex()}"


def check_password(password: str, stored: str) -> bool:
    """Compare a candidate password with a stored digest."""
    try:
        scheme, iterations, salt_hex, key_hex = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        candidate = hashlib.pbkdf2_hmac(
            "sha256", password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
        )
    except ValueError:
        return False
    return hmac.compare_digest(candidate, bytes.fromhex(key_hex))


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
