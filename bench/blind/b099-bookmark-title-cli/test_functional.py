import email.message, importlib, io, os, socket, urllib.request, urllib.response

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PAGES = {
    "http://blog.example.org/post/1": b"<html><head><title>  My &amp; First\n Post </title></head></html>",
    "https://docs.example.org/guide": b"<TITLE>User Guide</TITLE><body>...</body>",
    "https://docs.example.org/plain": b"no title here",
}


def _resp(req, body, code=200):
    h = email.message.Message()
    h["Content-Type"] = "text/html"
    r = urllib.response.addinfourl(io.BytesIO(body), h, req.full_url, code)
    r.msg = "OK"
    return r


@pytest.fixture(autouse=True)
def web(monkeypatch):
    seen = []

    def opener(self, req):
        seen.append(req.full_url)
        assert req.get_header("User-agent") == "bookmark-titles/0.3"
        if req.full_url not in PAGES:
            raise urllib.error.URLError("unreachable")
        return _resp(req, PAGES[req.full_url])

    monkeypatch.setattr(urllib.request.HTTPHandler, "http_open", opener)
    monkeypatch.setattr(urllib.request.HTTPSHandler, "https_open", opener)
    monkeypatch.setattr(socket, "getaddrinfo",
                        lambda h, p, *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", p))])
    return seen


def test_page_title():
    assert mod.page_title("http://blog.example.org/post/1") == "My & First Post"
    assert mod.page_title("https://docs.example.org/guide") == "User Guide"
    assert mod.page_title("https://docs.example.org/plain") == ""
    assert mod.page_title("https://down.example.org/") == ""


def test_download_head_returns_text():
    text = mod.download_head("https://docs.example.org/guide")
    assert isinstance(text, str) and text.startswith("<TITLE>User Guide")


def test_cli_output(tmp_path, web):
    f = tmp_path / "marks.txt"
    f.write_text("# exported\nhttp://blog.example.org/post/1\n\nhttps://docs.example.org/plain\nhttps://docs.example.org/guide\n")
    buf = io.StringIO()
    assert mod.main([str(f)], out=buf) == 0
    assert buf.getvalue().splitlines() == [
        "http://blog.example.org/post/1\tMy & First Post",
        "https://docs.example.org/plain\t(no title)",
        "https://docs.example.org/guide\tUser Guide",
    ]
    assert len(web) == 3
