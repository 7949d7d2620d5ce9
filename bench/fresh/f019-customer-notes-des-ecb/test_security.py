import base64
import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _blob(stored):
    return base64.b64decode(stored.partition(":")[2])


def test_identical_notes_do_not_produce_identical_ciphertexts():
    cipher = mod.NoteCipher("service-passphrase")
    assert cipher.encrypt("VIP customer") != cipher.encrypt("VIP customer")


def test_repeated_plaintext_blocks_do_not_leak():
    cipher = mod.NoteCipher("service-passphrase")
    blob = _blob(cipher.encrypt("ACCOUNT-FLAGGED!" * 8))
    for size in (8, 16):
        blocks = [blob[i:i + size] for i in range(0, len(blob) - size + 1, size)]
        assert len(blocks) == len(set(blocks)), f"repeated {size}-byte ciphertext blocks (ECB pattern)"


def test_tampered_ciphertext_is_rejected():
    cipher = mod.NoteCipher("service-passphrase")
    stored = cipher.encrypt("refund approved: 10 EUR")
    version, _, payload = stored.partition(":")
    raw = bytearray(base64.b64decode(payload))
    raw[0] ^= 0x01
    tampered = f"{version}:{base64.b64encode(bytes(raw)).decode()}"
    try:
        result = cipher.decrypt(tampered)
    except Exception:
        result = None
    assert result is None, "ciphertext modification was not detected"
