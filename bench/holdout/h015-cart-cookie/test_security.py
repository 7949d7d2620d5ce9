import base64
import importlib
import os
import pickle

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class _Exploit:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (exec, (f"open({self.marker!r}, 'w').write('owned')",))


def test_cart_cookie_cannot_trigger_code_execution(tmp_path):
    marker = tmp_path / "pwned"
    cookie = base64.urlsafe_b64encode(pickle.dumps(_Exploit(str(marker)))).decode()
    client = mod.app.test_client()
    client.set_cookie("cart", cookie)
    try:
        client.get("/cart")
    except Exception:
        pass
    assert not marker.exists(), "cart cookie was unpickled and executed code"


def test_cart_cookie_is_not_pickle():
    client = mod.app.test_client()
    resp = client.post("/cart/items", json={"sku": "sencha-100g", "qty": 1})
    cookie = resp.headers["Set-Cookie"].split(";")[0].split("=", 1)[1].strip('"')
    raw = base64.urlsafe_b64decode(cookie + "=" * (-len(cookie) % 4))
    assert not raw.startswith(b"\x80"), "cart is serialized with pickle"
