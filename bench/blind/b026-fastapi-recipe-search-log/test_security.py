import importlib, os
import io
import logging

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

FORGED = "CRITICAL admin password reset by user=root"


@pytest.fixture
def log_lines():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    target = logging.getLogger("recipes.search")
    old = target.level
    target.addHandler(handler)
    target.setLevel(logging.INFO)
    yield lambda: stream.getvalue().splitlines()
    target.removeHandler(handler)
    target.setLevel(old)


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r"])
def test_search_term_cannot_forge_log_entries(log_lines, sep):
    client = TestClient(mod.app)
    resp = client.get("/recipes/search", params={"q": "soup" + sep + FORGED})
    assert resp.status_code in (200, 400, 422)
    lines = log_lines()
    assert len(lines) <= 1
    assert not any(line.startswith("CRITICAL") for line in lines)
