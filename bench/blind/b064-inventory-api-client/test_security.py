import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeResponse:
    status_code = 200

    def raise_for_status(self):
        pass

    def json(self):
        return {}


@pytest.fixture
def seen(monkeypatch):
    recorded = []

    def fake_request(self, method, url, **kwargs):
        # what requests would actually use: explicit kwarg wins, else session.verify
        recorded.append(kwargs.get("verify", self.verify))
        return FakeResponse()

    monkeypatch.setattr(mod.requests.Session, "request", fake_request)
    return recorded


def test_every_call_verifies_certificates(seen):
    client = mod.InventoryClient("https://inv.example.com", "secret-token")
    client.get_item("A1")
    client.list_items("north")
    client.adjust_stock("A1", 1)
    assert len(seen) == 3
    for verify in seen:
        assert verify is not False, "TLS certificate verification disabled"
        assert verify  # True or a CA bundle path
