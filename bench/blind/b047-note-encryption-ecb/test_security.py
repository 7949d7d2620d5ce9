import base64
import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _blocks(token):
    raw = base64.urlsafe_b64decode(token.encode("ascii"))
    return [raw[i:i + 16] for i in range(0, len(raw) - len(raw) % 16, 16)]


def test_repeated_plaintext_blocks_not_visible():
    key = mod.generate_note_key()
    text = "ACCOUNT-0042-PIN" * 4  # four identical 16-byte blocks
    blocks = _blocks(mod.encrypt_note(key, text))
    assert len(set(blocks)) == len(blocks), "identical plaintext blocks give identical ciphertext blocks"


def test_same_note_twice_differs():
    key = mod.generate_note_key()
    a = mod.encrypt_note(key, "salary review: yes")
    b = mod.encrypt_note(key, "salary review: yes")
    assert a != b, "encryption is deterministic; equal notes can be spotted"
    assert mod.decrypt_note(key, a) == mod.decrypt_note(key, b)
