"""Header values kept to one line and host checks that accept only the domain and its subdomains, judged by what
the rewritten functions return."""
from __future__ import annotations

import types

import pytest

from aiharden.repair.codemods import propose
from aiharden.repair.edits import apply_edits


def _load(source: str) -> types.ModuleType:
    module = types.ModuleType("rewritten")
    exec(compile(source, "rewritten.py", "exec"), module.__dict__)  # noqa: S102 - the test's own source
    return module


def _rewrite(source: str, rule: str, cwe: int, needle: str) -> str:
    line = next(n for n, text in enumerate(source.splitlines(), 1) if needle in text)
    fixes = propose(source, rule, (cwe,), line, line)
    assert fixes, rule
    return apply_edits(source, fixes[0].edits)


@pytest.mark.parametrize("shape, needle", [
    ("def head(name):\n    value = f'attachment; filename=\"{name}\"'\n"
     "    return {'Content-Disposition': value, 'Content-Length': '0'}\n", "'Content-Disposition'"),
    ("def head(name):\n    target = name or '/home'\n    return [('Location', target), ('Content-Length', '0')]\n",
     "'Location'"),
    ("class R:\n    headers: dict = {}\n\n\ndef head(name):\n    r = R()\n    r.headers = {}\n"
     "    r.headers['Link'] = f'</{name}>; rel=next'\n    return r.headers\n", "'Link'"),
])
def test_a_header_value_keeps_benign_text_and_loses_its_line_breaks(shape: str, needle: str) -> None:
    fixed = _load(_rewrite(shape, "header-value-from-input", 113, needle))
    original = _load(shape)
    assert fixed.head("report.csv") == original.head("report.csv")
    forged = fixed.head("x\r\nSet-Cookie: sid=evil")
    values = forged.values() if isinstance(forged, dict) else [v for _, v in forged]
    assert not any("\r" in v or "\n" in v for v in values)


@pytest.mark.parametrize("domain", ['"partner.example"', "DOMAIN"])
def test_a_host_suffix_check_accepts_the_domain_and_subdomains_only(domain: str) -> None:
    source = ('from urllib.parse import urlparse\n\nDOMAIN = "partner.example"\n\n\n'
              "def allowed(url):\n    host = (urlparse(url).hostname or '').lower()\n"
              f"    return host.endswith({domain})\n")
    module = _load(_rewrite(source, "host-suffix-check", 20, "endswith"))
    assert module.allowed("https://partner.example/m.json") and module.allowed("https://cdn.partner.example/x")
    assert not module.allowed("https://evilpartner.example/m.json")


@pytest.mark.parametrize("hosts, name, param, url", [
    ('("shop.example.com", "help.example.com")', "host", "url", "url"),
    ('["shop.example.com"]', "h", "target", "target.strip()"),
    ('{"shop.example.com", "help.example.com"}', "allowed", "link", "str(link)"),
])
def test_a_host_list_checked_by_substring_compares_the_parsed_host(hosts: str, name: str, param: str,
                                                                   url: str) -> None:
    source = (f"PARTNERS = {hosts}\n\n\ndef allowed({param}):\n"
              f"    return any({name} in {url} for {name} in PARTNERS)\n")
    rewritten = _rewrite(source, "host-list-substring-check", 20, "any(")
    assert "import urllib.parse" in rewritten
    module = _load(rewritten)
    for benign in ("https://shop.example.com/sale", "http://www.shop.example.com/", "shop.example.com"):
        assert module.allowed(benign), benign
    for hostile in ("https://evil.test/?shop.example.com", "https://shop.example.com.evil.test/",
                    "javascript://shop.example.com/%0aalert(1)", "https://evil.test/shop.example.com"):
        assert not module.allowed(hostile), hostile
