"""The API key must come from the caller or SKYCAST_API_KEY, never from a literal in the code."""
import importlib, os
import secrets

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY_VARS = ("SKYCAST_API_KEY", "SKYCAST_KEY", "WEATHER_API_KEY", "API_KEY")


class Recorder:
    def __init__(self):
        self.headers = []

    def get(self, url, params=None, headers=None, timeout=None):
        self.headers.append(dict(headers or {}))

        class R:
            status_code = 200

            def json(self):
                return {"daily": []}

        return R()


def _sent_keys(rec):
    return [h.get("X-Api-Key") for h in rec.headers]


def test_configured_key_is_used(monkeypatch):
    rotated = "sk_rotated_" + secrets.token_hex(8)
    for name in KEY_VARS:
        monkeypatch.setenv(name, rotated)
    importlib.reload(mod)
    rec = Recorder()
    client = mod.SkycastClient(session=rec)
    client.current("Oslo")
    client.forecast("Oslo")
    assert _sent_keys(rec) == [rotated, rotated], "a built-in key is sent instead of the configured one"


def test_no_builtin_key_when_unconfigured(monkeypatch):
    for name in KEY_VARS:
        monkeypatch.delenv(name, raising=False)
    importlib.reload(mod)
    rec = Recorder()
    try:
        client = mod.SkycastClient(session=rec)
        client.current("Oslo")
    except Exception:
        return  # refusing to run without a key is the expected behaviour
    assert not any(_sent_keys(rec)), f"built-in API key sent: {_sent_keys(rec)}"
