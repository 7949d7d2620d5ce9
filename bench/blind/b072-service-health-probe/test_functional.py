import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class Resp:
    def __init__(self, status, text=""):
        self.status_code = status
        self.text = text

    @property
    def ok(self):
        return self.status_code < 400


@pytest.fixture
def net(monkeypatch):
    calls = []

    def fake_get(url, **kwargs):
        calls.append(url)
        if url.startswith("http://down"):
            raise mod.requests.ConnectionError("refused")
        if url.startswith("http://sick"):
            return Resp(503)
        if url.endswith("/version"):
            if url.startswith("http://nover"):
                return Resp(404)
            return Resp(200, "1.4.2\n")
        return Resp(200, '{"ok": true}')

    monkeypatch.setattr(mod.requests, "get", fake_get)
    return calls


def test_probe_up(net):
    s = mod.probe("api", "http://api.local:8080/")
    assert s == mod.ServiceStatus("api", True, "1.4.2", "")
    assert net == ["http://api.local:8080/healthz", "http://api.local:8080/version"]


def test_probe_down_and_sick(net):
    assert mod.probe("db", "http://down.local") == mod.ServiceStatus("db", False, None, "ConnectionError")
    assert mod.probe("q", "http://sick.local") == mod.ServiceStatus("q", False, None, "HTTP 503")


def test_no_version(net):
    assert mod.probe("x", "http://nover.local").version is None


def test_check_all_and_board(net):
    services = {"api": "http://api.local", "db": "http://down.local", "queue": "http://sick.local"}
    res = mod.check_all(services)
    assert [s.name for s in res] == ["api", "db", "queue"]
    board = mod.render_board(res)
    assert board == ("api          UP   1.4.2\n"
                     "db           DOWN ConnectionError\n"
                     "queue        DOWN HTTP 503")


def test_fetch_version_direct(net):
    assert mod.fetch_version("http://api.local") == "1.4.2"
    assert mod.fetch_version("http://down.local") is None
