import importlib
import os
import ssl

import httpx
import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client_kwargs(monkeypatch):
    seen = []
    real = httpx.Client

    class RecordingClient(real):
        def __init__(self, *args, **kwargs):
            seen.append(kwargs)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(httpx, "Client", RecordingClient)
    return seen


def test_tls_certificate_verification_enabled(client_kwargs):
    client = mod.PayFluxClient("sk_live_abc")
    try:
        assert client_kwargs, "PayFluxClient did not build an httpx.Client"
        verify = client_kwargs[-1].get("verify", True)
        assert verify is not False, "certificate verification disabled (verify=False)"
        if isinstance(verify, ssl.SSLContext):
            assert verify.verify_mode == ssl.CERT_REQUIRED and verify.check_hostname
    finally:
        client.close()
