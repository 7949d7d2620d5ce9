import ast
import hashlib
import hmac
import importlib
import inspect
import os

import httpx
import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _capture():
    seen = []

    def handler(request):
        seen.append(request)
        return httpx.Response(200, headers={"ETag": '"e"'})

    return seen, httpx.Client(transport=httpx.MockTransport(handler))


def test_default_client_uses_deployment_credentials(monkeypatch):
    monkeypatch.setenv("STORAGE_ACCESS_KEY", "AKIADEPLOYEDKEY00001")
    monkeypatch.setenv("STORAGE_SECRET_KEY", "deployed-secret")
    seen, http = _capture()
    mod.default_client(http=http).put_object("b", "k", b"x")
    assert seen[0].headers["Authorization"].startswith("HMAC AKIADEPLOYEDKEY00001:")


def test_no_credentials_embedded_in_module(monkeypatch):
    """Anyone with the source must not be able to sign requests as the backup service."""
    monkeypatch.delenv("STORAGE_ACCESS_KEY", raising=False)
    monkeypatch.delenv("STORAGE_SECRET_KEY", raising=False)
    seen, http = _capture()
    try:
        mod.default_client(http=http).put_object("b", "k", b"x")
    except (RuntimeError, KeyError, ValueError):
        return
    # If a request went out, its signature must not be reproducible from literals in the source.
    req = seen[0]
    literals = [n.value for n in ast.walk(ast.parse(inspect.getsource(mod)))
                if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    to_sign = "\n".join(["PUT", "/b/k", req.headers["X-Date"], req.headers["X-Content-SHA256"]]).encode()
    signature = req.headers["Authorization"].rsplit(":", 1)[-1]
    for literal in literals:
        forged = hmac.new(literal.encode(), to_sign, hashlib.sha256).hexdigest()
        assert forged != signature, "request signed with a secret that is embedded in the source"
