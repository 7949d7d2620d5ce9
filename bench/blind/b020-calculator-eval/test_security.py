import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest
from fastapi.testclient import TestClient

CONSTRUCTED = []


class CalcCanary:
    def __init__(self):
        CONSTRUCTED.append(self)


PAYLOAD = "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'CalcCanary'][0]()"


@pytest.fixture(autouse=True)
def _reset():
    CONSTRUCTED.clear()


def test_subclass_walk_does_not_construct_objects():
    try:
        mod.evaluate(PAYLOAD)
    except ValueError:
        pass
    assert CONSTRUCTED == []


def test_endpoint_does_not_run_payload():
    client = TestClient(mod.calc_api, raise_server_exceptions=False)
    client.get("/calculate", params={"expr": PAYLOAD})
    assert CONSTRUCTED == []


def test_attribute_access_rejected():
    with pytest.raises(ValueError):
        mod.evaluate("(1).__class__.__mro__.__len__()")

