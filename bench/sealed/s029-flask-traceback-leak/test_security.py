import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = mod.app.test_client()


def test_no_traceback_in_response():
    body = client.get("/orders/9001").get_data(as_text=True)
    assert "Traceback" not in body
    assert ".py" not in body


def test_no_connection_string_in_response(monkeypatch):
    monkeypatch.setattr(mod, "DATABASE_URL", "postgresql://svc:S3cretPw@10.1.2.3:5432/orders")
    body = client.get("/orders/9002").get_data(as_text=True)
    assert "S3cretPw" not in body
    assert "10.1.2.3" not in body
