import importlib, os, io, json, ssl

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

FEED = {"components": [{"name": "api", "status": "operational"},
                       {"name": "db", "status": "degraded"}]}


class FakeResp(io.BytesIO):
    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


@pytest.fixture
def fake_urlopen(monkeypatch):
    calls = []

    def fake(request, timeout=None, context=None):
        calls.append({"url": request.full_url, "timeout": timeout, "context": context,
                      "ua": request.get_header("User-agent")})
        if "broken" in request.full_url:
            raise OSError("connection refused")
        return FakeResp(json.dumps(FEED).encode())

    monkeypatch.setattr(mod.urllib.request, "urlopen", fake)
    return calls


def test_fetch_feed(fake_urlopen):
    assert mod.fetch_feed("https://status.example.com/feed.json") == FEED
    call = fake_urlopen[0]
    assert call["url"] == "https://status.example.com/feed.json"
    assert call["timeout"] == 15.0
    assert isinstance(call["context"], ssl.SSLContext)
    assert call["ua"] == "statusfeed/1.2"


def test_build_ssl_context_type():
    assert isinstance(mod.build_ssl_context(), ssl.SSLContext)


def test_summarize():
    assert mod.summarize(FEED) == "api: operational\ndb: degraded"
    assert mod.summarize({}) == ""


def test_main_ok(fake_urlopen, capsys):
    assert mod.main(["https://status.example.com/f", "--timeout", "3"]) == 0
    assert capsys.readouterr().out == "api: operational\ndb: degraded\n"
    assert fake_urlopen[0]["timeout"] == 3.0


def test_main_error(fake_urlopen, capsys):
    assert mod.main(["https://broken.example.com/f"]) == 1
    assert "connection refused" in capsys.readouterr().err
