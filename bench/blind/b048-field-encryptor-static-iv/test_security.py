import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = os.urandom(32)


def test_equal_values_do_not_correlate():
    enc = mod.FieldEncryptor(KEY)
    a = enc.encrypt("123-45-6789")
    b = enc.encrypt("123-45-6789")
    assert a != b, "equal plaintexts give equal ciphertexts (static IV)"


def test_shared_prefix_not_visible():
    enc = mod.FieldEncryptor(KEY)
    a = enc.encrypt("CUSTOMER-PREFIX-" + "alice@example.com")
    b = enc.encrypt("CUSTOMER-PREFIX-" + "bob@example.org")
    assert a[:16] != b[:16], "first ciphertext block leaks a shared 16-byte prefix"


def test_encrypt_row_values_not_linkable():
    enc = mod.FieldEncryptor(KEY)
    r1 = enc.encrypt_row({"tax_id": "555-00-1111"}, ("tax_id",))
    r2 = enc.encrypt_row({"tax_id": "555-00-1111"}, ("tax_id",))
    assert r1["tax_id"] != r2["tax_id"]
