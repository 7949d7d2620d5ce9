import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = mod.create_vendor_key()
PUB = mod.export_public_key(KEY)
PAYLOAD = {"customer": "Acme GmbH", "seats": 25, "features": ["export", "sso"], "expires": "2026-12-31"}


def test_issue_and_read():
    lic = mod.issue_license(KEY, PAYLOAD)
    assert isinstance(lic, str) and lic.count(".") == 1
    assert mod.read_license(PUB, lic) == PAYLOAD
    assert mod.read_license(PUB, lic + "\n") == PAYLOAD


def test_tampered_payload_rejected():
    import base64, json
    lic = mod.issue_license(KEY, PAYLOAD)
    body, sig = lic.split(".")
    forged = dict(PAYLOAD, seats=9999)
    body2 = base64.urlsafe_b64encode(json.dumps(forged, sort_keys=True, separators=(",", ":")).encode()).decode()
    assert mod.read_license(PUB, body2 + "." + sig) is None


def test_wrong_vendor_rejected():
    other = mod.create_vendor_key()
    lic = mod.issue_license(other, PAYLOAD)
    assert mod.read_license(PUB, lic) is None


def test_garbage_rejected():
    assert mod.read_license(PUB, "nonsense") is None
    assert mod.read_license(PUB, "a.b") is None


def test_public_pem():
    assert PUB.startswith("-----BEGIN PUBLIC KEY-----")
