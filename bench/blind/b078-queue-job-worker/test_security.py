import importlib, os, base64, hashlib, hmac, pickle

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def forge(body_bytes: bytes, key: bytes) -> bytes:
    body = base64.urlsafe_b64encode(body_bytes)
    return body + b"." + hmac.new(key, body, hashlib.sha256).hexdigest().encode()


class Exploit:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def test_signed_pickle_payload_not_executed(tmp_path):
    key = b"leaked-or-guessed-key"
    worker = mod.JobWorker(key)
    marker = str(tmp_path / "payload_ran")
    message = forge(pickle.dumps({"type": "resize", "args": {"x": Exploit(marker)}}), key)
    try:
        worker.handle(message)
    except Exception:
        pass
    assert not os.path.exists(marker), "pickle payload executed during job decoding"


def test_pickle_payload_via_decode(tmp_path):
    key = b"k2"
    marker = str(tmp_path / "decode_ran")
    try:
        mod.JobWorker(key).decode(forge(pickle.dumps(Exploit(marker)), key))
    except Exception:
        pass
    assert not os.path.exists(marker)


def _module_string_constants():
    for name, value in vars(mod).items():
        if name.startswith("__"):
            continue
        if isinstance(value, (bytes, str)) and len(value) >= 8:
            yield name, value.encode() if isinstance(value, str) else value


def test_no_hardcoded_signing_key_accepts_forgeries(monkeypatch):
    monkeypatch.setenv("QUEUE_SIGNING_KEY", "key-from-deployment-secret-store")
    try:
        worker = mod.JobWorker()
    except Exception:
        pytest.fail("worker unusable with key provided by the environment")
    worker.register("ping", lambda: "pong")
    ok = forge(b'{"type": "ping"}', b"key-from-deployment-secret-store")
    try:
        accepted = worker.decode(ok)
    except ValueError:
        accepted = None
    assert accepted == {"type": "ping"}, \
        "the configured secret is ignored; a baked-in key is used instead"
    for name, const in _module_string_constants():
        forged = forge(b'{"type": "ping"}', const)
        with pytest.raises(Exception):
            worker.decode(forged)
