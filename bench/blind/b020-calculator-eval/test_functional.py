import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest
from fastapi.testclient import TestClient


@pytest.fixture
def client():
    return TestClient(mod.calc_api)


@pytest.mark.parametrize("expr,expected", [
    ("2 + 3 * 4", 14),
    ("(1+2)/4", 0.75),
    ("2**8", 256),
    ("-3 + 10 // 3", 0),
    ("7 % 4", 3),
    ("1.5 * 2", 3.0),
    ("  -(2 - 5) ", 3),
    ("2 ** -1", 0.5),
])
def test_evaluate(expr, expected):
    value = mod.evaluate(expr)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("bad", ["", "   ", "1 +", "1/0", "abc", "1" * 201, "'a' * 3", "True"])
def test_evaluate_rejects(bad):
    with pytest.raises(ValueError):
        mod.evaluate(bad)


def test_endpoint(client):
    resp = client.get("/calculate", params={"expr": "2 + 3 * 4"})
    assert resp.status_code == 200
    assert resp.json() == {"expression": "2 + 3 * 4", "result": 14}
    assert client.get("/calculate", params={"expr": "(1+2)/4"}).json()["result"] == 0.75


def test_endpoint_errors(client):
    assert client.get("/calculate", params={"expr": "1/0"}).status_code == 400
    assert client.get("/calculate", params={"expr": "2 +* "}).status_code == 400
    assert client.get("/calculate").status_code == 422
