import email.message, importlib, io, os, socket, urllib.request, urllib.response

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

RESOLVE = {"localhost": "127.0.0.1", "metadata.google.internal": "169.254.169.254", "intranet.corp": "10.1.2.3"}


@pytest.fixture
def web(monkeypatch):
    seen = []

    def opener(self, req):
        seen.append(req.full_url)
        h = email.message.Message()
        r = urllib.response.addinfourl(io.BytesIO(b"<title>INTERNAL-ADMIN</title>"), h, req.full_url, 200)
        r.msg = "OK"
        return r

    def resolve(host, port, *a, **k):
        ip = RESOLVE.get(host, host)
        fam = socket.AF_INET6 if ":" in ip else socket.AF_INET
        return [(fam, socket.SOCK_STREAM, 6, "", (ip, port))]

    monkeypatch.setattr(urllib.request.HTTPHandler, "http_open", opener)
    monkeypatch.setattr(urllib.request.HTTPSHandler, "https_open", opener)
    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    return seen


def test_file_url_does_not_read_local_file(tmp_path, web):
    secret = tmp_path / "secret.html"
    secret.write_text("<title>DB_PASSWORD=hunter2</title>")
    assert "hunter2" not in mod.page_title(secret.as_uri())
    marks = tmp_path / "marks.txt"
    marks.write_text(secret.as_uri() + "\n")
    buf = io.StringIO()
    mod.main([str(marks)], out=buf)
    assert "hunter2" not in buf.getvalue()


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:9200/_cat/indices",
    "http://localhost/server-status",
    "http://169.254.169.254/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "https://intranet.corp/hr",
    "http://[::1]/",
])
def test_internal_hosts_not_requested(web, tmp_path, url):
    marks = tmp_path / "marks.txt"
    marks.write_text(url + "\n")
    buf = io.StringIO()
    mod.main([str(marks)], out=buf)
    assert web == [], f"requested {web}"
    assert "INTERNAL-ADMIN" not in buf.getvalue()
