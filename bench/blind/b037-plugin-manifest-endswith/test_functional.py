import importlib, os

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeResponse:
    def __init__(self, status, payload):
        self.status_code = status
        self._payload = payload

    def raise_for_status(self):
        if self.status_code >= 400:
            raise requests.HTTPError(f"{self.status_code} error")

    def json(self):
        if isinstance(self._payload, Exception):
            raise self._payload
        return self._payload


class FakeSession:
    def __init__(self, routes):
        self.routes = routes
        self.calls = []

    def get(self, url, **kwargs):
        self.calls.append((url, kwargs))
        return self.routes.get(url, FakeResponse(404, {}))


GOOD = {"name": "Invoice Sync", "version": "2.4.1", "entry": "invoice_sync:main", "author": "Acme"}


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/manifest.json",
        "https://plugins.example.com/invoice-sync/manifest.json",
        "https://cdn.eu.example.com/m.json?v=3",
        "https://PLUGINS.EXAMPLE.COM/upper.json",
    ],
)
def test_fetch_from_partner_domain(url):
    session = FakeSession({url: FakeResponse(200, GOOD)})
    client = mod.PluginManifestClient(session=session, timeout=2.5)
    assert client.fetch(url) == {"name": "Invoice Sync", "version": "2.4.1", "entry": "invoice_sync:main"}
    assert session.calls == [(url, {"timeout": 2.5, "allow_redirects": False})]


@pytest.mark.parametrize("url", ["http://plugins.example.com/m.json", "https://example.org/m.json", "ftp://example.com/m"])
def test_untrusted_locations_rejected(url):
    session = FakeSession({})
    with pytest.raises(mod.ManifestError):
        mod.PluginManifestClient(session=session).fetch(url)
    assert session.calls == []


def test_is_trusted():
    assert mod.PluginManifestClient.is_trusted("https://a.b.example.com/x") is True
    assert mod.PluginManifestClient.is_trusted("https://example.net/x") is False


def test_http_error_and_bad_json():
    url = "https://plugins.example.com/m.json"
    client = mod.PluginManifestClient(session=FakeSession({}))
    with pytest.raises(mod.ManifestError, match="could not load manifest"):
        client.fetch(url)
    client = mod.PluginManifestClient(session=FakeSession({url: FakeResponse(200, ValueError("bad json"))}))
    with pytest.raises(mod.ManifestError, match="could not load manifest"):
        client.fetch(url)


def test_missing_fields():
    url = "https://plugins.example.com/m.json"
    client = mod.PluginManifestClient(session=FakeSession({url: FakeResponse(200, {"name": "x"})}))
    with pytest.raises(mod.ManifestError, match="missing version, entry"):
        client.fetch(url)
