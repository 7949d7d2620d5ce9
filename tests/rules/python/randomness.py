"""Account tokens and keys."""
from __future__ import annotations

import base64
import hashlib
import os
import random
import secrets
import string
import time
import uuid
from datetime import datetime
from typing import Any


def issue_reset_link(user: Any) -> str:
    # ruleid: token-from-clock-or-uuid1
    reset_token = str(uuid.uuid1())
    user.reset_token = reset_token
    return f"/reset/{reset_token}"


def make_session(user_id: int) -> dict[str, Any]:
    session: dict[str, Any] = {"user": user_id}
    # ruleid: token-from-clock-or-uuid1
    session["session_id"] = hashlib.sha256(f"{user_id}:{time.time()}".encode()).hexdigest()
    return session


def generate_api_key(owner: str) -> str:
    # ruleid: token-from-clock-or-uuid1
    return hashlib.md5((owner + str(datetime.now())).encode()).hexdigest()


class Invite:
    def __init__(self, email: str) -> None:
        self.email = email
        # ruleid: token-from-clock-or-uuid1
        self.token = uuid.uuid1().hex


def issue_reset_link_safe(user: Any) -> str:
    # ok: token-from-clock-or-uuid1
    reset_token = secrets.token_urlsafe(32)
    user.reset_token = reset_token
    return f"/reset/{reset_token}"


def request_id() -> str:
    # ok: token-from-clock-or-uuid1
    trace = str(uuid.uuid1())
    return trace


def stamp_token(user_id: int) -> dict[str, Any]:
    # ok: token-from-clock-or-uuid1
    token = hashlib.sha256(f"{user_id}:{time.time()}:{secrets.token_hex(16)}".encode()).hexdigest()
    # ok: token-from-clock-or-uuid1
    token_issued_at = str(int(time.time()))
    return {"token": token, "issued": token_issued_at}


def new_credentials() -> dict[str, str]:
    # ruleid: token-too-short
    api_key = secrets.token_hex(8)
    # ruleid: token-too-short
    session_id = os.urandom(8).hex()
    return {"api_key": api_key, "session_id": session_id}


class Device:
    def pair(self) -> None:
        # ruleid: token-too-short
        self.secret = base64.urlsafe_b64encode(os.urandom(6)).decode()


def new_credentials_safe() -> dict[str, str]:
    # ok: token-too-short
    api_key = secrets.token_hex(32)
    # ok: token-too-short
    nonce = os.urandom(12)
    # ok: token-too-short
    suffix = secrets.token_hex(4)
    return {"api_key": api_key, "nonce": nonce.hex(), "suffix": suffix}


def generate_password(length: int = 12) -> str:
    # ruleid: random-seed-predictable
    random.seed(time.time())
    return "".join(random.choice(string.ascii_letters) for _ in range(length))


def make_otp() -> str:
    # ruleid: random-seed-predictable
    rng = random.Random(1234)
    return f"{rng.randint(0, 999999):06d}"


def shuffle_deck(deck: list[int]) -> list[int]:
    # ok: random-seed-predictable
    random.seed(42)
    random.shuffle(deck)
    return deck


def make_otp_safe() -> str:
    # ok: random-seed-predictable
    return f"{secrets.randbelow(1_000_000):06d}"


def simulation(seed: int) -> float:
    # ok: random-seed-predictable
    rng = random.Random(seed)
    return rng.random()
