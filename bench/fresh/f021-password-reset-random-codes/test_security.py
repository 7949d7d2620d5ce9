import importlib
import os
import random

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _issue_after_seed(seed):
    random.seed(seed)
    ticket = mod.ResetService().start_reset("victim@example.com", now=0.0)
    return ticket.code, ticket.token


def test_tokens_not_reproducible_from_prng_state():
    """An attacker who knows (or recovers) the `random` module state can predict tickets."""
    first = _issue_after_seed(1337)
    second = _issue_after_seed(1337)
    assert first[1] != second[1], "link token is derived from the Mersenne Twister state"


def test_codes_not_reproducible_from_prng_state():
    codes = {_issue_after_seed(99)[0] for _ in range(4)}
    assert len(codes) > 1, "SMS code is derived from the Mersenne Twister state"
