import importlib
import os
import random

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def codes_after_seed(seed):
    random.seed(seed)
    svc = mod.PasswordResetService()
    return [svc.create_code(f"user{i}@example.com") for i in range(3)]


def test_codes_do_not_come_from_the_seedable_prng():
    # With random.randint an attacker who knows the PRNG state predicts the next codes.
    first = codes_after_seed(2024)
    second = codes_after_seed(2024)
    assert first != second
    for code in first + second:
        assert len(code) == 6 and code.isdigit()
