from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_code_shape() -> None:
    for _ in range(50):
        code = mod.generate_code()
        assert len(code) == 6 and code.isdigit()
    assert len(mod.generate_code(8)) == 8


def test_challenge_flow() -> None:
    pending: dict[str, object] = {}
    code = mod.start_challenge(pending, "+100")
    wrong = "000000" if code != "000000" else "111111"
    assert not mod.check_code(pending, "+100", wrong)
    assert mod.check_code(pending, "+100", code)
    assert not mod.check_code(pending, "+100", code)


def test_three_strikes() -> None:
    pending: dict[str, object] = {}
    code = mod.start_challenge(pending, "+200")
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(3):
        assert not mod.check_code(pending, "+200", wrong)
    assert not mod.check_code(pending, "+200", code)
