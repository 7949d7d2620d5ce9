import ast
import importlib
import inspect
import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi.testclient import TestClient

os.environ["JWT_SECRET_KEY"] = "deployment-secret-from-vault-7f3c9a1e55d24b0e"
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_tokens_forged_with_source_literals_are_rejected():
    """An attacker who has read the source tries every string literal as the HMAC key."""
    client = TestClient(mod.app)
    literals = {n.value for n in ast.walk(ast.parse(inspect.getsource(mod)))
                if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value}
    exp = datetime.now(timezone.utc) + timedelta(minutes=5)
    for key in literals:
        forged = jwt.encode({"sub": "mallory", "role": "admin", "exp": exp}, key, algorithm="HS256")
        resp = client.get("/admin/orders", headers={"Authorization": f"Bearer {forged}"})
        assert resp.status_code == 401, f"token signed with source literal {key!r} was accepted"
