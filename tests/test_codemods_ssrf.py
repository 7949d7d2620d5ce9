"""CWE-918: the fetch of a URL from outside is refused unless the URL is http(s) and its host is public."""
from __future__ import annotations

import socket
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from aiharden.repair.codemods import propose
from aiharden.repair.edits import apply_edits
from aiharden.scan import scan_texts

SOURCE = '''\
"""Link previews."""
import requests


def preview(url: str) -> str:
    """First 100 characters of the page at url."""
    page = requests.get(url, timeout=5)
    return page.text[:100]
'''

DNS = {"example.com": "93.184.216.34", "metadata.internal": "169.254.169.254", "intranet": "10.0.0.7"}


class Page:
    text = "<html>hello</html>"


def _load(source: str) -> tuple[ModuleType, list[tuple[str, dict[str, Any]]]]:
    import requests

    fetched: list[tuple[str, dict[str, Any]]] = []
    module = ModuleType("ssrf_case")
    exec(compile(source, "<ssrf_case>", "exec"), module.__dict__)  # noqa: S102 - the code under test
    module.requests = type("R", (), {"get": staticmethod(lambda url, **kw: fetched.append((url, kw)) or Page()),
                                     "RequestException": requests.RequestException,
                                     "exceptions": requests.exceptions})
    return module, fetched


@pytest.fixture(autouse=True)
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    def getaddrinfo(host: str, port: object, *args: Any, **kwargs: Any) -> list[Any]:
        ip = DNS.get(host, host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def _fixed() -> str:
    findings = scan_texts({"app.py": SOURCE}).findings
    (f,) = [f for f in findings if 918 in f.cwe]
    (fix,) = propose(SOURCE, f.rule_id, f.cwe, f.region.start_line, f.region.end_line)
    assert fix.name == "ssrf-public-url-check"
    return apply_edits(SOURCE, fix.edits)


def test_the_rewritten_fetch_is_clean_for_the_scanner() -> None:
    fixed = _fixed()
    assert "allow_redirects=False" in fixed and fixed.count("def _is_public_url") == 1
    assert [f.rule_id for f in scan_texts({"app.py": fixed}).findings] == []


def test_public_urls_still_load_and_internal_ones_are_never_requested() -> None:
    module, fetched = _load(_fixed())
    assert module.preview("https://example.com/a") == Page.text
    assert fetched == [("https://example.com/a", {"timeout": 5, "allow_redirects": False})]
    for url in ("http://metadata.internal/latest/", "http://intranet:8080/", "http://127.0.0.1/", "file:///etc/passwd",
                "http://[::1]/", "gopher://example.com/"):
        with pytest.raises(ValueError):
            module.preview(url)
    assert len(fetched) == 1


def test_a_second_fetch_in_the_file_reuses_the_helper() -> None:
    once = _fixed()
    again = once + '\n\ndef raw(link: str) -> bytes:\n    return requests.get(link, timeout=5).content\n'
    line = again.splitlines().index("    return requests.get(link, timeout=5).content") + 1
    (fix,) = propose(again, "ssrf-param-url", (918,), line, line)
    assert apply_edits(again, fix.edits).count("def _is_public_url") == 1


def _fixes(source: str, rule: str = "") -> list[Any]:
    findings = [f for f in scan_texts({"app.py": source}).findings if 918 in f.cwe and rule in f.rule_id]
    assert findings, "no CWE-918 finding"
    f = findings[0]
    return propose(source, f.rule_id, f.cwe, f.region.start_line, f.region.end_line)


CLIENT_WITH_ALLOW_LIST = '''\
"""Thumbnail fetcher."""
import httpx

{name} = frozenset({{"img.{host}.com", "cdn.{host}.net"}})


def fetch_thumbnail(image_url: str) -> bytes:
    with httpx.Client(timeout=5) as {client}:
        reply = {client}.get(image_url)
    return reply.content
'''


@settings(max_examples=8, deadline=None)
@given(name=st.sampled_from(["PERMITTED", "OK_SOURCES", "hosts_v2", "TRUSTED"]),
       host=st.from_regex(r"[a-z]{3,8}", fullmatch=True), client=st.sampled_from(["c", "http", "session_1"]))
def test_an_unused_allow_list_of_hosts_is_applied_before_a_clients_fetch(name: str, host: str, client: str) -> None:
    source = CLIENT_WITH_ALLOW_LIST.format(name=name, host=host, client=client)
    first, *rest = _fixes(source)
    assert first.name == "ssrf-allow-list-check" and [f.name for f in rest] == ["ssrf-public-url-check"]
    fixed = apply_edits(source, first.edits)
    assert f"urllib.parse.urlsplit(image_url).hostname not in {name}:" in fixed
    module = ModuleType("ssrf_allow")
    exec(compile(fixed, "<ssrf_allow>", "exec"), module.__dict__)  # noqa: S102 - the code under test
    for url in ("http://169.254.169.254/", f"https://img.{host}.com.evil.org/a.png", "file:///etc/passwd"):
        with pytest.raises(ValueError):
            module.fetch_thumbnail(url)
    assert [f.rule_id for f in scan_texts({"app.py": fixed}).findings] == []


URLOPEN_WITH_ERROR_VALUE = '''\
"""Page titles."""
import urllib.error
import urllib.request


def link_preview(url: str):
    """The page's bytes, or None when it cannot be fetched."""
    request = urllib.request.Request(url, headers={"User-Agent": "bot"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.read()
    except (urllib.error.URLError, OSError):
        return None
'''


def test_a_request_for_urlopen_is_checked_before_it_is_built_and_refused_with_the_functions_error_value() -> None:
    # bandit's B310 alone is no evidence of input; the flow rule reports the request where it is built
    (fix,) = _fixes(URLOPEN_WITH_ERROR_VALUE, "ssrf-param-url")
    fixed = apply_edits(URLOPEN_WITH_ERROR_VALUE, fix.edits)
    assert [f.rule_id for f in scan_texts({"app.py": fixed}).findings] == []
    # before the request is built, outside the try: the refusal returns what the function returns on failure
    assert "if not _is_public_url(url):\n        return None\n    request = " in fixed
    module = ModuleType("ssrf_urlopen")
    exec(compile(fixed, "<ssrf_urlopen>", "exec"), module.__dict__)  # noqa: S102 - the code under test
    assert module.link_preview("http://127.0.0.1:6379/") is None
    assert module.link_preview("file:///etc/passwd") is None


FLASK_VIEW = '''\
"""Webhook tester."""
import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/test-hook")
def test_hook():
    target = request.form["url"]
    reply = requests.post(target, json={"ping": True}, timeout=5)
    return {"status": reply.status_code}
'''


def test_a_view_refuses_with_a_400_not_an_exception() -> None:
    (fix,) = _fixes(FLASK_VIEW)
    fixed = apply_edits(FLASK_VIEW, fix.edits)
    module = ModuleType("ssrf_view")
    exec(compile(fixed, "<ssrf_view>", "exec"), module.__dict__)  # noqa: S102 - the code under test
    module.app.config["PROPAGATE_EXCEPTIONS"] = True
    reply = module.app.test_client().post("/test-hook", data={"url": "http://169.254.169.254/latest/"})
    assert reply.status_code == 400
