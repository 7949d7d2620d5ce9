"""Auth module for the orders API: issues and checks HS256 bearer tokens."""
from __future__ import annotations

import os
import secrets
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

# Provide JWT_SECRET_KEY in the deployment environment; a random per-process key is
# used otherwise (tokens then stop validating after a restart).
JWT_SECRET_KEY = os.environ.get("JWT_SECRET_KEY") or secrets.token_urlsafe(48)
JWT_ALGORITHM = "HS256"
ACCESS_TOKEN_TTL = timedelta(minutes=30)

bearer = HTTPBearer(auto_error=False)
app = FastAPI(title="Orders API")


def create_access_token(username: str, role: str = "customer") -> str:
    """Sign a short-lived access token for `username`."""
    now = datetime.now(timezone.utc)
    claims = {"sub": username, "role": role, "iat": now, "exp": now + ACCESS_TOKEN_TTL}
    return jwt.encode(claims, JWT_SECRET_KEY, algorithm=JWT_ALGORITHM)


def current_user(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> dict:
    """FastAPI dependency: decode and validate the bearer token."""
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing token")
    try:
        claims = jwt.decode(creds.credentials, JWT_SECRET_KEY, algorithms=[JWT_ALGORITHM])
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return {"username": claims["sub"], "role": claims.get("role", "customer")}


@app.get("/me")
def me(user: dict = Depends(current_user)) -> dict:
    return user


@app.get("/admin/orders")
def all_orders(user: dict = Depends(current_user)) -> dict:
    if user["role"] != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admins only")
    return {"orders": [{"id": 1, "total": 42.0}]}
