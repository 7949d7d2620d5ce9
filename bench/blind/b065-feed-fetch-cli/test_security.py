import importlib, os, io, ssl

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _assert_verifying(ctx):
    assert ctx is None or isinstance(ctx, ssl.SSLContext)
    if ctx is None:  # urllib default context verifies
        return
    assert ctx.verify_mode == ssl.CERT_REQUIRED, "certificate verification disabled"
    assert ctx.check_hostname is True, "hostname verification disabled"


def test_context_helper_verifies():
    _assert_verifying(mod.build_ssl_context())


def test_fetch_passes_verifying_context(monkeypatch):
    seen = []

    class R(io.BytesIO):
        def __enter__(self):
            return self

        def __exit__(self, *a):
            pass

    def fake(request, timeout=None, context=None, **kw):
        seen.append(context)
        return R(b'{"components": []}')

    monkeypatch.setattr(mod.urllib.request, "urlopen", fake)
    mod.fetch_feed("https://status.example.com/feed.json")
    assert len(seen) == 1
    _assert_verifying(seen[0])
