import importlib, io, logging, os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def logs():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    mod.log.addHandler(handler)
    mod.log.setLevel(logging.INFO)
    yield stream
    mod.log.removeHandler(handler)


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r"])
def test_query_cannot_forge_log_entry(logs, sep):
    client = TestClient(mod.app)
    r = client.get("/books/search", params={"q": f"austen{sep}CRITICAL admin password reset by root"})
    assert r.status_code == 200
    lines = logs.getvalue().replace("\r", "\n").splitlines()
    assert len(lines) == 1
    assert not any(line.startswith("CRITICAL") for line in lines)
