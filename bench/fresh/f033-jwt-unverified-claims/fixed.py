"""Inventory API: bearer-token auth dependency and role-protected routes."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

ALGORITHM = "HS256"

app = FastAPI(title="Inventory")


def _signing_key() -> str:
    key = os.environ.get("INVENTORY_JWT_KEY")
    if not key:
        raise RuntimeError("INVENTORY_JWT_KEY is not configured")
    return key


def issue_token(subject: str, role: str, ttl_minutes: int = 15) -> str:
    """Used by the login service to mint tokens for this API."""
    exp = datetime.now(timezone.utc) + timedelta(minutes=ttl_minutes)
    return jwt.encode({"sub": subject, "role": role, "exp": exp}, _signing_key(), algorithm=ALGORITHM)


def read_claims(token: str) -> dict:
    """Extract the claims from a bearer token."""
    return jwt.decode(token, _signing_key(), algorithms=[ALGORITHM], options={"require": ["exp", "sub"]})


def current_principal(authorization: str = Header(default="")) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, "bearer token required")
    try:
        claims = read_claims(token)
    except jwt.PyJWTError:
        raise HTTPException(401, "invalid token")
    return {"sub": claims.get("sub"), "role": claims.get("role", "viewer")}


@app.get("/items")
def list_items(principal: dict = Depends(current_principal)) -> dict:
    return {"items": ["bolt", "nut"], "user": principal["sub"]}


@app.delete("/items/{name}")
def delete_item(name: str, principal: dict = Depends(current_principal)) -> dict:
    if principal["role"] != "admin":
        raise HTTPException(403, "admin role required")
    return {"deleted": name}
