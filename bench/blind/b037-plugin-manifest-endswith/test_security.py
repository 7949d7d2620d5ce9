import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class RecordingSession:
    def __init__(self):
        self.calls = []

    def get(self, url, **kwargs):
        self.calls.append(url)

        class Reply:
            status_code = 200

            def raise_for_status(self):
                pass

            def json(self):
                return {"name": "Totally Legit", "version": "6.6.6", "entry": "backdoor:run"}

        return Reply()


@pytest.mark.parametrize(
    "url",
    [
        "https://evil-example.com/manifest.json",
        "https://notexample.com/manifest.json",
        "https://attackerexample.com/m.json",
        "https://example.com.evil-example.com/m.json",
        "https://plugins.evil-example.com/m.json",
    ],
)
def test_lookalike_domains_are_not_fetched(url):
    session = RecordingSession()
    client = mod.PluginManifestClient(session=session)
    try:
        result = client.fetch(url)
    except mod.ManifestError:
        result = None
    assert session.calls == [], f"fetched {session.calls}"
    assert result is None


@pytest.mark.parametrize("url", ["https://evil-example.com/", "https://myexample.com/x"])
def test_is_trusted_rejects_lookalikes(url):
    assert mod.PluginManifestClient.is_trusted(url) is False
