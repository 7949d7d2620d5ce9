import importlib
import os

from werkzeug.http import parse_options_header

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = mod.app.test_client()


def test_crlf_cannot_inject_header():
    resp = client.get("/transactions/export", query_string={"filename": "x.csv\r\nSet-Cookie: session=attacker"})
    assert resp.status_code < 500, "header injection attempt crashed the response"
    assert "session=attacker" not in resp.headers.get("Set-Cookie", "")
    for value in resp.headers.values():
        assert "\r" not in value and "\n" not in value


def test_quote_cannot_inject_parameters():
    resp = client.get("/transactions/export", query_string={"filename": 'report.csv"; filename="malware.exe'})
    assert resp.status_code < 500
    _, params = parse_options_header(resp.headers.get("Content-Disposition", ""))
    assert not params.get("filename", "").endswith(".exe")
    assert resp.headers.get("Content-Disposition", "").count("filename=") <= 1
