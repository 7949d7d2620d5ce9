import importlib, os
from datetime import datetime, timezone

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

NOW = datetime(2024, 3, 5, 14, 30, 0, tzinfo=timezone.utc)
EXPECTED_NAMES = {"Date", "Server", "Content-Type", "Content-Length", "Content-Disposition", "Cache-Control"}

PAYLOADS = [
    'report.csv"\r\nSet-Cookie: session=attacker; Path=/\r\nX-Injected: 1',
    "report.csv\r\nSet-Cookie: session=attacker",
    "report.csv\nSet-Cookie: session=attacker",
    "report.csv\rSet-Cookie: session=attacker",
    "report.csv\r\n\r\n<script>alert(1)</script>",
]


def parse(raw: bytes):
    """Parse the way a lenient client does: any CR, LF or CRLF ends a header line."""
    text = raw.decode("latin-1")
    head, _, body = text.partition("\r\n\r\n")
    lines = head.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return lines[0], lines[1:], body


@pytest.mark.parametrize("name", PAYLOADS)
def test_download_name_cannot_add_headers(name):
    try:
        raw = mod.build_download_response(name, b"ok", now=NOW)
    except ValueError:
        return  # rejecting the name outright is also a safe outcome
    status, lines, body = parse(raw)
    names = [line.split(":", 1)[0] for line in lines]
    assert "Set-Cookie" not in names
    assert "X-Injected" not in names
    assert set(names) == EXPECTED_NAMES and len(names) == 6
    assert all(line for line in lines), "blank line inside header block ends headers early"
    assert body == "ok"


@pytest.mark.parametrize("name", PAYLOADS)
def test_header_values_contain_no_line_breaks(name):
    try:
        headers = mod.attachment_headers(name, 2, NOW)
    except ValueError:
        return  # rejecting the name outright is also a safe outcome
    for value in headers.values():
        assert "\r" not in value and "\n" not in value
