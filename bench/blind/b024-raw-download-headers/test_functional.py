import importlib, os
from datetime import datetime, timezone

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

NOW = datetime(2024, 3, 5, 14, 30, 0, tzinfo=timezone.utc)


def split_response(raw: bytes):
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    return lines[0], lines[1:], body


def test_full_response_exact():
    raw = mod.build_download_response("sales-2024-Q1.csv", b"a,b\n1,2\n", now=NOW)
    expected = (
        b"HTTP/1.1 200 OK\r\n"
        b"Date: Tue, 05 Mar 2024 14:30:00 GMT\r\n"
        b"Server: export-daemon/2.1\r\n"
        b"Content-Type: text/csv\r\n"
        b"Content-Length: 8\r\n"
        b'Content-Disposition: attachment; filename="sales-2024-Q1.csv"\r\n'
        b"Cache-Control: no-store\r\n"
        b"\r\n"
        b"a,b\n1,2\n"
    )
    assert raw == expected


@pytest.mark.parametrize(
    "name,ctype",
    [
        ("report.pdf", "application/pdf"),
        ("archive 2023.zip", "application/zip"),
        ("notes.txt", "text/plain"),
        ("blob.unknownext", "application/octet-stream"),
        ("data.json", "application/json"),
    ],
)
def test_headers_for_various_names(name, ctype):
    body = b"\x00\x01payload"
    status, lines, rest = split_response(mod.build_download_response(name, body, now=NOW))
    assert status == "HTTP/1.1 200 OK"
    headers = dict(line.split(": ", 1) for line in lines)
    assert headers["Content-Type"] == ctype
    assert headers["Content-Length"] == str(len(body))
    assert headers["Content-Disposition"] == f'attachment; filename="{name}"'
    assert len(lines) == 6
    assert rest == body


def test_attachment_headers_mapping():
    headers = mod.attachment_headers("summary.txt", 42, NOW)
    assert list(headers) == [
        "Date", "Server", "Content-Type", "Content-Length", "Content-Disposition", "Cache-Control",
    ]
    assert headers["Content-Length"] == "42"
    assert headers["Content-Disposition"] == 'attachment; filename="summary.txt"'


def test_default_timestamp_is_generated():
    raw = mod.build_download_response("x.txt", b"", now=None)
    _, lines, body = split_response(raw)
    assert lines[0].startswith("Date: ") and lines[0].endswith(" GMT")
    assert body == b""
