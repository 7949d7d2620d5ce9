"""Offline licence files: the vendor signs a JSON payload, the client verifies it."""
from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

LICENSE_CURVE = ec.SECP192R1()
_ALGO = ec.ECDSA(hashes.SHA256())


def create_vendor_key() -> ec.EllipticCurvePrivateKey:
    """Generate the vendor's licence-signing key."""
    return ec.generate_private_key(LICENSE_CURVE)


def export_public_key(private_key: ec.EllipticCurvePrivateKey) -> str:
    """PEM text of the public key that ships inside the client."""
    return private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def _canonical(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")


def issue_license(private_key: ec.EllipticCurvePrivateKey, payload: dict[str, Any]) -> str:
    """Return a licence string: base64(payload) + "." + base64(signature)."""
    body = _canonical(payload)
    signature = private_key.sign(body, _ALGO)
    return ".".join(base64.urlsafe_b64encode(p).decode("ascii") for p in (body, signature))


def read_license(public_pem: str, license_text: str) -> dict[str, Any] | None:
    """Verify a licence string; returns the payload or None if it is not genuine."""
    try:
        body_b64, sig_b64 = license_text.strip().split(".", 1)
        body = base64.urlsafe_b64decode(body_b64)
        signature = base64.urlsafe_b64decode(sig_b64)
        public_key = serialization.load_pem_public_key(public_pem.encode("ascii"))
        public_key.verify(signature, body, _ALGO)
        return json.loads(body)
    except (ValueError, InvalidSignature, TypeError):
        return None
