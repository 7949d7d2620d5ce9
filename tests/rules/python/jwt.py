"""Token checks in an API."""
from __future__ import annotations

import os
from typing import Any

import jwt

ALGORITHM = "HS256"
ACCEPTED = ["HS256", "none"]


def signing_key() -> str:
    return os.environ["API_SIGNING_KEY"]


def user_id(token: str) -> str:
    # ruleid: jwt-verification-off
    claims = jwt.decode(token, options={"verify_signature": False})
    return str(claims["sub"])


def legacy_claims(token: str, key: str) -> dict[str, Any]:
    # ruleid: jwt-verification-off
    return jwt.decode(token, key, verify=False)


def peek(token: str) -> dict[str, Any]:
    opts = {"verify_exp": True, "verify_signature": False}
    # ruleid: jwt-verification-off
    return jwt.decode(token, signing_key(), algorithms=[ALGORITHM], options=opts)


def verified(token: str) -> dict[str, Any]:
    # ok: jwt-verification-off, jwt-algorithm-from-token, jwt-none-algorithm
    return jwt.decode(token, signing_key(), algorithms=[ALGORITHM])


def verified_without_expiry(token: str) -> dict[str, Any]:
    # ok: jwt-verification-off, jwt-algorithm-from-token, jwt-none-algorithm
    return jwt.decode(token, signing_key(), algorithms=["HS256"], options={"verify_exp": False})


def by_header(token: str) -> dict[str, Any]:
    header = jwt.get_unverified_header(token)
    alg = header.get("alg", ALGORITHM)
    # ruleid: jwt-algorithm-from-token
    return jwt.decode(token, signing_key(), algorithms=[alg])


def by_header_signed_only(token: str) -> dict[str, Any]:
    alg = jwt.get_unverified_header(token)["alg"]
    signed = alg != "none"
    # ruleid: jwt-algorithm-from-token
    return jwt.decode(token, signing_key(), algorithms=["HS256"], options={"verify_signature": signed})


def key_id(token: str) -> str:
    kid = jwt.get_unverified_header(token).get("kid", "default")
    # ok: jwt-algorithm-from-token
    return jwt.decode(token, os.environ[f"KEY_{kid.upper()}"], algorithms=["HS256"])["sub"]


def anything(token: str) -> dict[str, Any]:
    # ruleid: jwt-none-algorithm
    return jwt.decode(token, signing_key(), algorithms=["HS256", "none"])


def configured(token: str) -> dict[str, Any]:
    # ruleid: jwt-none-algorithm
    return jwt.decode(token, signing_key(), algorithms=ACCEPTED)


def strict(token: str) -> dict[str, Any]:
    # ok: jwt-none-algorithm
    return jwt.decode(token, signing_key(), algorithms=("HS256", "HS384"))


def issue_access_token(user_id: int, role: str) -> str:
    # ruleid: jwt-without-expiry
    return jwt.encode({"sub": str(user_id), "role": role}, os.environ["JWT_SECRET"], algorithm=ALGORITHM)


def issue_refresh_token(user_id: int) -> str:
    payload = {"user_id": user_id, "type": "refresh"}
    # ruleid: jwt-without-expiry
    return jwt.encode(payload, os.environ["JWT_SECRET"], algorithm=ALGORITHM)


def issue_access_token_safe(user_id: int, now: Any, ttl: Any) -> str:
    # ok: jwt-without-expiry
    return jwt.encode({"sub": str(user_id), "exp": now + ttl}, os.environ["JWT_SECRET"], algorithm=ALGORITHM)


def issue_refresh_token_safe(user_id: int, now: Any, ttl: Any) -> str:
    payload: dict[str, Any] = {"user_id": user_id, "type": "refresh"}
    payload["exp"] = now + ttl
    # ok: jwt-without-expiry
    return jwt.encode(payload, os.environ["JWT_SECRET"], algorithm=ALGORITHM)
