import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_code_is_six_digits():
    code = mod.PasswordResetService().create_code("a@example.com")
    assert len(code) == 6 and code.isdigit()


def test_verify_once():
    svc = mod.PasswordResetService()
    code = svc.create_code("Alice@Example.com")
    assert svc.verify("alice@example.com", code)
    assert not svc.verify("alice@example.com", code)


def test_wrong_and_expired_codes():
    clock = FakeClock()
    svc = mod.PasswordResetService(clock=clock)
    code = svc.create_code("bob@example.com")
    wrong = "000000" if code != "000000" else "111111"
    assert not svc.verify("bob@example.com", wrong)
    clock.now += mod.CODE_TTL_SECONDS + 1
    assert not svc.verify("bob@example.com", code)
