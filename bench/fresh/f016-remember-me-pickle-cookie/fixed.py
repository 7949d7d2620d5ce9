"""Flask app with a "remember me" cookie that restores the login across visits."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from flask import Flask, current_app, jsonify, make_response, request
from itsdangerous import BadSignature, URLSafeSerializer

REMEMBER_COOKIE = "remember_me"


@dataclass
class RememberToken:
    username: str
    roles: list[str] = field(default_factory=list)


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="remember-me")


def encode_token(token: RememberToken) -> str:
    return _serializer().dumps(asdict(token))


def decode_token(value: str) -> RememberToken | None:
    try:
        data = _serializer().loads(value)
        return RememberToken(str(data["username"]), [str(r) for r in data.get("roles", [])])
    except (BadSignature, KeyError, TypeError, AttributeError):
        return None


def create_app(authenticate: Callable[[str, str], bool]) -> Flask:
    """`authenticate(username, password)` is the account service's credential check."""
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ.get("APP_SECRET_KEY") or os.urandom(32)

    @app.post("/login")
    def login():
        username = request.form.get("username", "")
        if not authenticate(username, request.form.get("password", "")):
            return jsonify(error="invalid credentials"), 401
        resp = make_response(jsonify(user=username))
        if request.form.get("remember") == "1":
            cookie = encode_token(RememberToken(username, ["member"]))
            resp.set_cookie(REMEMBER_COOKIE, cookie, max_age=30 * 86400, httponly=True)
        return resp

    @app.get("/me")
    def me():
        token = decode_token(request.cookies.get(REMEMBER_COOKIE, ""))
        if token is None:
            return jsonify(user=None), 401
        return jsonify(user=token.username, roles=token.roles)

    return app
