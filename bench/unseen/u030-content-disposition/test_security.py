import importlib
import os

from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_file_name_cannot_split_the_response_headers():
    client = TestClient(mod.app, raise_server_exceptions=False)
    for payload in (
        "report\r\nSet-Cookie: session=attacker-fixed",
        "report\nX-Injected: 1",
        'report.csv"\r\n\r\n<script>alert(1)</script>',
    ):
        resp = client.get("/export", params={"name": payload})
        for key, value in resp.headers.multi_items():
            assert "\r" not in value and "\n" not in value, (key, value)
        assert "set-cookie" not in resp.headers
        assert "x-injected" not in resp.headers
