import importlib, os
import re

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class Outbox:
    def __init__(self):
        self.messages = []

    def __call__(self, user, text):
        self.messages.append((user, text))

    def code_for(self, user):
        text = [t for u, t in self.messages if u == user][-1]
        return re.search(r"(\d+)$", text).group(1)


def _svc(now=1000.0):
    box = Outbox()
    clock = {"t": now}
    svc = mod.OtpService(send=box, clock=lambda: clock["t"])
    return svc, box, clock


def test_code_format_and_delivery():
    svc, box, _ = _svc()
    for i in range(30):
        svc.start_challenge(f"u{i}")
    assert len(box.messages) == 30
    for user, text in box.messages:
        assert text.startswith("Your login code is ")
        code = box.code_for(user)
        assert len(code) == 6 and code.isdigit()


def test_verify_once():
    svc, box, _ = _svc()
    svc.start_challenge("alice")
    code = box.code_for("alice")
    assert svc.verify("alice", "x" + code) is False
    assert svc.verify("alice", f" {code} ") is True
    assert svc.verify("alice", code) is False


def test_expiry():
    svc, box, clock = _svc()
    svc.start_challenge("bob")
    clock["t"] += 301
    assert svc.verify("bob", box.code_for("bob")) is False


def test_attempt_limit():
    svc, box, _ = _svc()
    svc.start_challenge("eve")
    code = box.code_for("eve")
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(5):
        assert svc.verify("eve", wrong) is False
    assert svc.verify("eve", code) is False


def test_unknown_user():
    svc, _, _ = _svc()
    assert svc.verify("nobody", "123456") is False
