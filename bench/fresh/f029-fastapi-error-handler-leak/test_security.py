import importlib
import os

from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DSN = "postgresql://orders_app:Tr0ub4dor-prod@db-primary.internal:5432/orders"


class LeakyRepo:
    def get(self, order_id):
        connection_string = DSN
        raise RuntimeError(f"could not connect to {connection_string}: timeout after 5s")


def test_500_response_does_not_leak_internals():
    client = TestClient(mod.create_app(LeakyRepo()), raise_server_exceptions=False)
    resp = client.get("/orders/1")
    assert resp.status_code == 500
    body = resp.text
    assert "Tr0ub4dor-prod" not in body, "database password leaked to the client"
    assert "db-primary.internal" not in body
    assert "Traceback" not in body and 'File "' not in body, "stack trace leaked to the client"
