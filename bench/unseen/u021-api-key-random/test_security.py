import importlib
import os
import random
import string

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_keys_do_not_come_from_the_seedable_prng():
    # An attacker who recovers/guesses the Mersenne Twister state can predict every key.
    random.seed(1337)
    first = mod.generate_api_key()
    random.seed(1337)
    second = mod.generate_api_key()
    assert first != second


def test_registry_keys_are_unpredictable_and_keep_their_shape():
    random.seed(42)
    a = mod.ApiKeyRegistry().issue("acme")
    random.seed(42)
    b = mod.ApiKeyRegistry().issue("acme")
    assert a != b
    for key in (a, b):
        assert len(key) == 40
        assert set(key) <= set(string.ascii_letters + string.digits)
