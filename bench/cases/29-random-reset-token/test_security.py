from __future__ import annotations

import importlib
import os
import random

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_tokens_do_not_follow_the_shared_prng_state() -> None:
    # whoever learns or sets the process-wide PRNG state can replay every token
    state = random.getstate()
    first = mod.make_token()
    random.setstate(state)
    assert mod.make_token() != first
