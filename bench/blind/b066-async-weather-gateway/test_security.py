import importlib, os, asyncio

import httpx

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_async_client_verifies_tls(monkeypatch):
    seen = []
    real = httpx.AsyncClient

    class Spy(real):
        def __init__(self, *args, **kwargs):
            seen.append(kwargs.get("verify", True))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(mod.httpx, "AsyncClient", Spy)

    def handler(request):
        return httpx.Response(200, json={"days": [{"high": 1}]})

    gw = mod.ForecastGateway("k", transport=httpx.MockTransport(handler))
    asyncio.run(gw.forecast_many(["Oslo"]))
    # also without injected transport (real transport built from verify)
    client = mod.ForecastGateway("k")._make_client()
    asyncio.run(client.aclose())
    assert len(seen) == 2
    for v in seen:
        assert v is not False, "TLS verification disabled on AsyncClient"
