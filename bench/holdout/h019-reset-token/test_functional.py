import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class Clock:
    def __init__(self):
        self.now = 1_700_000_000.0

    def __call__(self):
        return self.now


def test_token_shape():
    token = mod.generate_reset_token()
    assert len(token) == 32 and token.isalnum()
    assert len(mod.generate_reset_token(12)) == 12


def test_request_sends_link_and_redeem_once():
    sent = []
    svc = mod.PasswordResetService(lambda to, body: sent.append((to, body)), Clock())
    token = svc.request_reset("Dana@Example.com")
    assert sent[0][0] == "Dana@Example.com" and token in sent[0][1]
    assert svc.redeem(token) == "dana@example.com"
    assert svc.redeem(token) is None


def test_expired_and_unknown_tokens():
    clock = Clock()
    svc = mod.PasswordResetService(lambda *a: None, clock)
    token = svc.request_reset("eli@example.com")
    clock.now += 31 * 60
    assert svc.redeem(token) is None
    assert svc.redeem("x" * 32) is None
