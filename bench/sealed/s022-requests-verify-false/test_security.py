import importlib
import json
import os

import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_tls_certificates_are_verified(monkeypatch):
    seen = []

    def fake_send(self, request, **kwargs):
        seen.append(kwargs.get("verify"))
        resp = requests.Response()
        resp.status_code = 200
        resp._content = json.dumps({"levels": []}).encode()
        resp.request, resp.url = request, request.url
        return resp

    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", fake_send)
    mod.InventoryClient("tok").stock_for("SKU-1")
    assert seen, "no request was sent"
    assert all(v is not False for v in seen), "certificate verification disabled"


def test_session_not_configured_insecure():
    client = mod.InventoryClient("tok")
    assert getattr(client.session, "verify", True) is not False
