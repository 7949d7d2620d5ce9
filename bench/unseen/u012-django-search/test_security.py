import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from django.test import Client  # noqa: E402  (settings are configured by the module)


def test_query_is_not_reflected_as_markup():
    client = Client()
    for payload, bad in (
        ("<script>alert(document.cookie)</script>", "<script>alert"),
        ("<svg onload=alert(1)>", "<svg"),
    ):
        body = client.get("/search/", {"q": payload}).content.decode()
        assert bad not in body.lower(), payload
