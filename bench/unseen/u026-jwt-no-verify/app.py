"""Bearer-token authentication middleware for the internal API."""
from __future__ import annotations

import json
from typing import Any, Callable, Iterable

import jwt
from flask import Flask, jsonify, request

PUBLIC_PATHS = frozenset({"/health"})


class JWTAuthMiddleware:
    """WSGI middleware: rejects requests without a valid ``Authorization: Bearer`` JWT."""

    def __init__(self, wsgi_app: Callable[..., Iterable[bytes]], algorithms: tuple[str, ...] = ("HS256",)) -> None:
        self.wsgi_app = wsgi_app
        self.algorithms = list(algorithms)

    def _claims(self, environ: dict[str, Any]) -> dict[str, Any] | None:
        scheme, _, token = environ.get("HTTP_AUTHORIZATION", "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            return None
        try:
            return jwt.decode(token, options={"verify_signature": False}, algorithms=self.algorithms)
        except jwt.PyJWTError:
            return None

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") in PUBLIC_PATHS:
            return self.wsgi_app(environ, start_response)
        claims = self._claims(environ)
        if claims is None:
            body = json.dumps({"error": "unauthorized"}).encode()
            start_response("401 UNAUTHORIZED", [("Content-Type", "application/json"),
                                                ("Content-Length", str(len(body)))])
            return [body]
        environ["auth.claims"] = claims
        return self.wsgi_app(environ, start_response)


def create_app() -> Flask:
    """Build the API with the JWT middleware in front of every route."""
    app = Flask(__name__)

    @app.get("/health")
    def health() -> Any:
        return jsonify({"status": "ok"})

    @app.get("/me")
    def me() -> Any:
        claims = request.environ["auth.claims"]
        return jsonify({"user": claims.get("sub"), "role": claims.get("role", "user")})

    app.wsgi_app = JWTAuthMiddleware(app.wsgi_app)  # type: ignore[method-assign]
    return app
