import importlib, os, asyncio

import httpx
import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

HIGHS = {"Oslo": [3, 7, 5], "Lima": [22, 24, 23], "Cairo": [35, 31, 33]}


def handler(request: httpx.Request) -> httpx.Response:
    assert request.headers["X-Api-Key"] == "k-123"
    assert request.url.path == "/v2/forecast"
    city = request.url.params["city"]
    assert request.url.params["days"] == "3"
    if city not in HIGHS:
        return httpx.Response(404, json={"error": "unknown"})
    return httpx.Response(200, json={"days": [{"high": h} for h in HIGHS[city]]})


def make():
    return mod.ForecastGateway("k-123", transport=httpx.MockTransport(handler))


def test_forecast_many_order():
    result = asyncio.run(make().forecast_many(["Lima", "Oslo", "Cairo"]))
    assert result == [{"city": "Lima", "high": 24}, {"city": "Oslo", "high": 7},
                      {"city": "Cairo", "high": 35}]


def test_empty_list():
    assert asyncio.run(make().forecast_many([])) == []


def test_unknown_city_raises():
    with pytest.raises(httpx.HTTPStatusError):
        asyncio.run(make().forecast_many(["Atlantis"]))


def test_client_config():
    client = make()._make_client()
    try:
        assert isinstance(client, httpx.AsyncClient)
        assert str(client.base_url).rstrip("/") == mod.FORECAST_BASE
        assert client.headers["X-Api-Key"] == "k-123"
    finally:
        asyncio.run(client.aclose())
