import base64
import importlib
import os
import pickle

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class _Exploit:
    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


def test_forged_cookie_does_not_execute(tmp_path):
    marker = tmp_path / "PWNED"
    token = base64.urlsafe_b64encode(pickle.dumps({"mug": _Exploit(str(marker))})).decode()
    client = mod.app.test_client()
    client.set_cookie(mod.CART_COOKIE, token)
    try:
        client.get("/cart")
    except Exception:
        pass
    assert not marker.exists()


def test_load_cart_rejects_pickle_gadget(tmp_path):
    marker = tmp_path / "GADGET"
    token = base64.urlsafe_b64encode(pickle.dumps(_Exploit(str(marker)))).decode()
    try:
        mod.load_cart(token)
    except Exception:
        pass
    assert not marker.exists()
