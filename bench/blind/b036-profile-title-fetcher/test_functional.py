import importlib, os
import io
import ipaddress
import socket
import urllib.error
import urllib.request

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DNS = {"www.alice-bakes.example": "93.184.216.34", "bob.dev.example": "151.101.65.140"}
PAGES = {
    "https://www.alice-bakes.example/": b"<html><head><title>Alice &amp; Co \n Bakery</title></head></html>",
    "http://bob.dev.example:8080/about": b"<HTML><TITLE lang=en>Bob's   dev notes</TITLE></HTML>",
    "https://www.alice-bakes.example/blank": b"<html><body>no title here</body></html>",
}


class FakeResponse(io.BytesIO):
    status = 200

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


@pytest.fixture(autouse=True)
def fake_network(monkeypatch):
    requested = []

    def lookup(host):
        try:
            return str(ipaddress.ip_address(host.strip("[]")))
        except ValueError:
            if host in DNS:
                return DNS[host]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        ip = lookup(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port or 0))]

    def fake_open(self, fullurl, data=None, timeout=None):
        url = fullurl.full_url if isinstance(fullurl, urllib.request.Request) else fullurl
        requested.append((url, fullurl))
        if url not in PAGES:
            raise urllib.error.HTTPError(url, 404, "Not Found", {}, None)
        return FakeResponse(PAGES[url])

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", lookup)
    monkeypatch.setattr(urllib.request.OpenerDirector, "open", fake_open)
    return requested


def test_fetch_page_returns_body_and_sends_user_agent(fake_network):
    body = mod.fetch_page("https://www.alice-bakes.example/")
    assert body == PAGES["https://www.alice-bakes.example/"]
    _, req = fake_network[0]
    assert isinstance(req, urllib.request.Request)
    assert req.get_header("User-agent") == mod.USER_AGENT


def test_fetch_page_error_returns_none(fake_network):
    assert mod.fetch_page("https://www.alice-bakes.example/gone") is None


@pytest.mark.parametrize(
    "doc,title",
    [
        (b"<title>Simple</title>", "Simple"),
        (b"<title>  spaced\n out  </title>", "spaced out"),
        (b"<title>Caf\xc3\xa9 &lt;3</title>", "Caf\u00e9 <3"),
        (b"<title></title>", None),
        (b"<p>none</p>", None),
    ],
)
def test_extract_title(doc, title):
    assert mod.extract_title(doc) == title


def test_collect_titles(fake_network):
    profiles = [
        ("m1", "https://www.alice-bakes.example/"),
        ("m2", ""),
        ("m3", "http://bob.dev.example:8080/about"),
        ("m4", "https://www.alice-bakes.example/blank"),
        ("m5", "https://www.alice-bakes.example/404"),
    ]
    assert mod.collect_titles(profiles) == [
        ("m1", "Alice & Co Bakery"),
        ("m3", "Bob's dev notes"),
        ("m4", "-"),
        ("m5", "-"),
    ]


def test_cli_end_to_end(tmp_path, capsys, fake_network):
    export = tmp_path / "exports" / "profiles.csv"
    export.parent.mkdir()
    export.write_text(
        "member_id,website,joined\n"
        "101,https://www.alice-bakes.example/,2021\n"
        "102,,2022\n"
        "103, http://bob.dev.example:8080/about ,2023\n",
        encoding="utf-8",
    )
    assert mod.main([str(export)]) == 0
    assert capsys.readouterr().out == "101\tAlice & Co Bakery\n103\tBob's dev notes\n"
