import hashlib
import hmac
import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SECRET = b"whsec_test_0123456789"


class EarlyExitProbe(str):
    """A signature string that notices ordinary == / != comparisons.

    str equality stops at the first differing character, so its running time leaks how many
    leading characters of the attacker's guess are right (a timing oracle).
    """

    compared = False

    def __eq__(self, other):
        type(self).compared = True
        return str.__eq__(self, other)

    def __ne__(self, other):
        type(self).compared = True
        return str.__ne__(self, other)

    __hash__ = str.__hash__


def test_signature_is_compared_in_constant_time():
    body = b'{"type": "payment.succeeded"}'
    good = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    EarlyExitProbe.compared = False
    wrong = mod.verify_signature(body, EarlyExitProbe(good[:10] + "0" * 54), SECRET)
    right = mod.verify_signature(body, EarlyExitProbe(good), SECRET)
    assert not EarlyExitProbe.compared, "signature checked with a short-circuiting == comparison"
    assert right and not wrong
