import importlib, os
import random

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_key_not_reproducible_from_seed():
    random.seed(20240601)
    first = mod.generate_api_key()
    random.seed(20240601)
    second = mod.generate_api_key()
    assert first != second, "API key fully determined by the random module seed"


def test_key_not_predictable_from_prng_state():
    state = random.getstate()
    key = mod.generate_api_key()
    clone = random.Random()
    clone.setstate(state)
    predicted = "".join(clone.choice(mod.KEY_ALPHABET) for _ in range(len(key)))
    assert key != predicted, "attacker who knows the Mersenne Twister state predicts the key"


def test_issued_key_not_predictable(tmp_path):
    state = random.getstate()
    key = mod.issue_key("acme", ["read"], tmp_path / "k.jsonl")
    clone = random.Random()
    clone.setstate(state)
    predicted = mod.KEY_PREFIX + "".join(clone.choice(mod.KEY_ALPHABET) for _ in range(32))
    assert key != predicted
