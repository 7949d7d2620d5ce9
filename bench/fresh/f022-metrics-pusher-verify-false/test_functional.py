import importlib
import os

import httpx
import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def sent(monkeypatch):
    requests = []
    real_client = httpx.Client

    def handler(request):
        requests.append(request)
        return httpx.Response(202)

    def fake_client(*args, **kwargs):
        kwargs["transport"] = httpx.MockTransport(handler)
        return real_client(*args, **kwargs)

    monkeypatch.setattr(httpx, "Client", fake_client)
    return requests


def test_exposition_format():
    out = mod.to_exposition([mod.Sample("jobs_done", 3.0), mod.Sample("lat", 0.5, {"b": "2", "a": "1"})])
    assert out == 'jobs_done 3.0\nlat{a="1",b="2"} 0.5\n'


def test_push_sends_batch(sent):
    pusher = mod.MetricsPusher("billing", gateway_url="https://gw.test/", token="t0k")
    pusher.record("invoices_total", 12, region="eu")
    pusher.record("errors_total", 0)
    assert pusher.push() == 2
    assert pusher.push() == 0
    req = sent[0]
    assert str(req.url) == "https://gw.test/metrics/job/billing"
    assert req.headers["Authorization"] == "Bearer t0k"
    assert req.content.decode() == 'invoices_total{region="eu"} 12\nerrors_total 0\n'


def test_push_raises_on_gateway_error(monkeypatch):
    real_client = httpx.Client
    monkeypatch.setattr(httpx, "Client", lambda *a, **kw: real_client(
        *a, **{**kw, "transport": httpx.MockTransport(lambda r: httpx.Response(500))}))
    pusher = mod.MetricsPusher("x", gateway_url="https://gw.test")
    pusher.record("m", 1)
    with pytest.raises(httpx.HTTPStatusError):
        pusher.push()
