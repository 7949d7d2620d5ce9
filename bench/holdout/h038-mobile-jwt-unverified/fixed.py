"""Mobile backend: resolve the calling user from the bearer JWT."""
from __future__ import annotations

from typing import Dict, Optional

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="mobile-api")

_settings: Dict[str, str] = {"jwt_secret": "", "issuer": "https://auth.fitapp.example"}
PROFILES = {
    "u-100": {"name": "Ines", "plan": "free"},
    "u-200": {"name": "Marco", "plan": "premium"},
}


def configure(jwt_secret: str, issuer: Optional[str] = None) -> None:
    """Called at startup with the secret shared with the auth service."""
    _settings["jwt_secret"] = jwt_secret
    if issuer:
        _settings["issuer"] = issuer


def _bearer(authorization: Optional[str]) -> str:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise HTTPException(status_code=401, detail="missing bearer token")
    return authorization.split(" ", 1)[1].strip()


def user_id_from_token(token: str) -> str:
    """Verify the token's signature, expiry and issuer, then return its subject."""
    secret = _settings["jwt_secret"]
    if not secret:
        raise HTTPException(status_code=503, detail="authentication not configured")
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"], issuer=_settings["issuer"],
                            options={"require": ["exp", "sub"]})
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="malformed token")
    subject = claims.get("sub")
    if not subject:
        raise HTTPException(status_code=401, detail="token has no subject")
    return subject


def current_user(authorization: Optional[str] = Header(default=None)) -> str:
    return user_id_from_token(_bearer(authorization))


@app.get("/me")
def me(user_id: str = Depends(current_user)):
    profile = PROFILES.get(user_id)
    if profile is None:
        raise HTTPException(status_code=404, detail="unknown user")
    return {"id": user_id, **profile}


@app.get("/workouts")
def workouts(user_id: str = Depends(current_user)):
    return {"user": user_id, "items": []}
