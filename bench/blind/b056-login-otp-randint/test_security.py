import importlib, os
import random
import re

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _issue(n):
    box = []
    svc = mod.OtpService(send=lambda u, t: box.append(re.search(r"(\d+)$", t).group(1)))
    for i in range(n):
        svc.start_challenge(f"user{i}")
    return box


def test_codes_not_predictable_from_prng_state():
    state = random.getstate()
    codes = _issue(4)
    clone = random.Random()
    clone.setstate(state)
    predicted = [str(clone.randint(0, 999999)).zfill(6) for _ in range(4)]
    assert codes != predicted, "OTPs follow the global Mersenne Twister stream"


def test_codes_not_reproducible_by_seed():
    random.seed(42)
    first = _issue(4)
    random.seed(42)
    second = _issue(4)
    assert first != second, "OTPs are reproducible from the random module seed"
