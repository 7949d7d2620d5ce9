"""Bearer-token authentication for the inventory API."""
from __future__ import annotations

import os
import time
from typing import Any

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

TOKEN_TTL = 3600
ALGORITHM = "HS256"

app = FastAPI(title="inventory")


def signing_key() -> str:
    """Shared HMAC key, provided by the deployment environment."""
    return os.environ.get("INVENTORY_JWT_KEY", "")


def issue_token(subject: str, role: str = "user", ttl: int = TOKEN_TTL) -> str:
    now = int(time.time())
    claims = {"sub": subject, "role": role, "iat": now, "exp": now + ttl}
    return jwt.encode(claims, signing_key(), algorithm=ALGORITHM)


def read_claims(token: str) -> dict[str, Any]:
    """Extract the claims from a token issued by :func:`issue_token`."""
    return jwt.decode(
        token,
        signing_key(),
        algorithms=[ALGORITHM],
        options={"require": ["exp", "sub"]},
    )


def current_user(authorization: str = Header(default="")) -> dict[str, Any]:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        claims = read_claims(token)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    if "sub" not in claims:
        raise HTTPException(status_code=401, detail="invalid token")
    return claims


@app.get("/me")
def me(user: dict[str, Any] = Depends(current_user)) -> dict[str, str]:
    return {"sub": user["sub"], "role": user.get("role", "user")}


@app.delete("/items/{item_id}")
def delete_item(item_id: int, user: dict[str, Any] = Depends(current_user)) -> dict[str, Any]:
    if user.get("role") != "admin":
        raise HTTPException(status_code=403, detail="admin only")
    return {"deleted": item_id}
