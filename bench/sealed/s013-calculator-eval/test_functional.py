import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = mod.app.test_client()


@pytest.mark.parametrize("expr,expected", [
    ("2 * (3 + 4)", 14), ("7 / 2", 3.5), ("2 ** 10", 1024), ("-5 + 3", -2), ("17 % 5", 2), ("9 // 2", 4),
])
def test_arithmetic(expr, expected):
    resp = client.post("/api/calc", json={"expression": expr})
    assert resp.status_code == 200
    assert resp.get_json()["result"] == expected


def test_errors():
    assert client.post("/api/calc", json={"expression": "1 / 0"}).status_code == 400
    assert client.post("/api/calc", json={"expression": "2 +"}).status_code == 400
    assert client.post("/api/calc", json={"expression": ""}).status_code == 400
    assert client.post("/api/calc", json={"expression": 5}).status_code == 400
    assert client.post("/api/calc", json={"expression": "1+" * 150 + "1"}).status_code == 400
