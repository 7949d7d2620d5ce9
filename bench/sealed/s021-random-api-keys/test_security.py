import importlib
import os
import random

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_key_not_reproducible_from_global_prng_state():
    random.seed(1337)
    first = mod.generate_api_key()
    random.seed(1337)
    second = mod.generate_api_key()
    assert first != second, "key generation is driven by the seedable global PRNG"


def test_attacker_with_prng_state_cannot_predict_issued_key():
    state = random.getstate()
    issued = mod.ApiKeyRegistry().issue("victim")
    random.setstate(state)
    predicted = "".join(random.choices(mod.KEY_ALPHABET, k=len(issued.key) - len(mod.KEY_PREFIX)))
    assert not issued.key.endswith(predicted)
