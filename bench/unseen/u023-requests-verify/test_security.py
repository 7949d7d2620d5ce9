import importlib
import json
import os

import requests
from requests.structures import CaseInsensitiveDict

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_requests_verify_tls_certificates(monkeypatch):
    # requests lets these variables override a session's verify=False; keep the test hermetic.
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    seen = []

    def fake_send(self, request, **kwargs):
        seen.append(kwargs.get("verify"))
        resp = requests.Response()
        resp.status_code = 200
        resp._content = json.dumps({"sku": "T-1", "items": []}).encode()
        resp.headers = CaseInsensitiveDict({"Content-Type": "application/json"})
        resp.url = request.url
        resp.request = request
        return resp

    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", fake_send)
    client = mod.InventoryClient("https://inventory.internal/api", "tok-123")
    client.get_item("T-1")
    client.list_items()
    assert seen, "no request was sent"
    for verify in seen:
        # True, or the path of a CA bundle; never disabled.
        assert verify is True or (isinstance(verify, str) and verify != ""), verify
