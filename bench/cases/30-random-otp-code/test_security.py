from __future__ import annotations

import importlib
import os
import random

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_codes_do_not_follow_the_shared_prng_state() -> None:
    state = random.getstate()
    first = [mod.generate_code() for _ in range(4)]
    random.setstate(state)
    assert [mod.generate_code() for _ in range(4)] != first
