import importlib, os
import io
import ipaddress
import socket
import urllib.request

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DNS = {"intranet.corp.example": "10.1.2.3", "localhost": "127.0.0.1"}


@pytest.fixture
def fake_dns(monkeypatch):
    def lookup(host):
        try:
            return str(ipaddress.ip_address(host.strip("[]")))
        except ValueError:
            if host in DNS:
                return DNS[host]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        ip = lookup(host)
        fam = socket.AF_INET6 if ":" in ip else socket.AF_INET
        return [(fam, socket.SOCK_STREAM, 6, "", (ip, port or 0))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", lookup)


class Canned(io.BytesIO):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


@pytest.fixture
def recorder(monkeypatch, fake_dns):
    seen = []

    def fake_open(self, fullurl, data=None, timeout=None):
        url = fullurl.full_url if isinstance(fullurl, urllib.request.Request) else fullurl
        seen.append(url)
        return Canned(b"<title>internal-admin-console</title>")

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", fake_open)
    return seen


def test_local_file_is_not_read(tmp_path, fake_dns):
    secret = tmp_path / "secret.html"
    secret.write_text("<title>DB_PASSWORD=hunter2</title>", encoding="utf-8")
    url = secret.as_uri()
    assert mod.fetch_page(url) is None
    assert mod.collect_titles([("m1", url)]) == [("m1", "-")]


def test_cli_does_not_read_local_file(tmp_path, capsys, fake_dns):
    secret = tmp_path / "secret.html"
    secret.write_text("<title>DB_PASSWORD=hunter2</title>", encoding="utf-8")
    export = tmp_path / "profiles.csv"
    export.write_text(f"member_id,website\n7,{secret.as_uri()}\n", encoding="utf-8")
    mod.main([str(export)])
    assert "hunter2" not in capsys.readouterr().out


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:9200/",
        "http://localhost/server-status",
        "http://intranet.corp.example/admin",
        "http://[::1]:8080/",
        "http://192.168.0.10/",
        "ftp://10.0.0.2/pub/",
    ],
)
def test_internal_hosts_are_not_requested(recorder, url):
    result = mod.collect_titles([("m9", url)])
    assert recorder == [], f"requested {recorder}"
    assert result == [("m9", "-")]
