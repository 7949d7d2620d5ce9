"""CWE-918: the fetch of a URL from outside is refused unless the URL is http(s) and its host is public."""
from __future__ import annotations

import socket
from types import ModuleType
from typing import Any

import pytest

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
                                     "RequestException": requests.RequestException})
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
