import importlib
import os
import ssl

import httpx

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_gateway_certificate_is_verified(monkeypatch):
    created = []
    real_client = httpx.Client

    def spy_client(*args, **kwargs):
        client = real_client(*args, **kwargs)
        created.append((kwargs, client))
        return client

    monkeypatch.setattr(httpx, "Client", spy_client)
    mod.MetricsPusher("billing", gateway_url="https://gw.test")
    assert created, "no httpx.Client was created"
    for kwargs, client in created:
        assert kwargs.get("verify", True) is not False
        ctx = client._transport._pool._ssl_context
        assert ctx.verify_mode == ssl.CERT_REQUIRED, "TLS certificate verification is disabled"
        assert ctx.check_hostname, "TLS hostname checking is disabled"
