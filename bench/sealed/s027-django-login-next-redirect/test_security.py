import importlib
import os
from urllib.parse import urlsplit

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from django.test import RequestFactory  # noqa: E402

rf = RequestFactory()
mod.add_user("partner1", "Tr0ub4dor&3")
CREDS = {"username": "partner1", "password": "Tr0ub4dor&3"}


@pytest.mark.parametrize("next_url", [
    "https://evil.example.net/login",
    "//evil.example.net/login",
    "http://evil.example.net:8080/",
])
def test_next_cannot_leave_site(next_url):
    resp = mod.login_view(rf.post("/accounts/login/", {**CREDS, "next": next_url}))
    location = resp.get("Location", "")
    host = urlsplit(location.replace("\\", "/")).hostname
    assert host in (None, "testserver"), location
