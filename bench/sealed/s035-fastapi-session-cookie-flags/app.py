"""Login/session endpoints for the customer portal."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from typing import Optional

from fastapi import Cookie, FastAPI, HTTPException, Response
from pydantic import BaseModel

app = FastAPI(title="portal")

SESSION_COOKIE = "portal_session"
SESSION_MAX_AGE = 8 * 3600
SESSIONS: dict[str, str] = {}
USERS: dict[str, tuple[bytes, bytes]] = {}


class Credentials(BaseModel):
    username: str
    password: str


def add_user(username: str, password: str) -> None:
    salt = os.urandom(16)
    USERS[username] = (salt, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1))


def check_credentials(username: str, password: str) -> bool:
    record = USERS.get(username)
    if record is None:
        return False
    salt, digest = record
    return hmac.compare_digest(digest, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1))


@app.post("/login")
def login(creds: Credentials, response: Response) -> dict[str, bool]:
    if not check_credentials(creds.username, creds.password):
        raise HTTPException(status_code=401, detail="invalid credentials")
    token = secrets.token_urlsafe(32)
    SESSIONS[token] = creds.username
    response.set_cookie(SESSION_COOKIE, token, max_age=SESSION_MAX_AGE, samesite="lax")
    return {"ok": True}


@app.get("/me")
def me(portal_session: Optional[str] = Cookie(default=None)) -> dict[str, str]:
    user = SESSIONS.get(portal_session or "")
    if user is None:
        raise HTTPException(status_code=401, detail="not logged in")
    return {"user": user}


@app.post("/logout")
def logout(response: Response, portal_session: Optional[str] = Cookie(default=None)) -> dict[str, bool]:
    SESSIONS.pop(portal_session or "", None)
    response.delete_cookie(SESSION_COOKIE)
    return {"ok": True}
