import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("sep", ["\r\n", "\n", "\r"])
def test_download_name_cannot_add_header(sep):
    raw = mod.export_headers(f"report.csv\"{sep}Set-Cookie: sid=attacker{sep}X-a: \"", 10)
    head_text = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\nSet-Cookie" not in head_text and b"\rSet-Cookie" not in head_text
    assert "set-cookie" not in mod.parse_head(raw)
    assert raw.count(b"\r\n\r\n") == 1 and raw.endswith(b"\r\n\r\n")


@pytest.mark.parametrize("sep", ["\r\n", "\n"])
def test_return_to_cannot_add_header(sep):
    raw = mod.redirect_headers(f"/reports{sep}Set-Cookie: sid=attacker")
    head_text = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\nSet-Cookie" not in head_text
    assert "set-cookie" not in mod.parse_head(raw)


def test_content_type_cannot_split_response():
    raw = mod.export_headers("a.csv", 1, content_type="text/csv\r\n\r\n<script>alert(1)</script>")
    assert raw.count(b"\r\n\r\n") == 1 and raw.endswith(b"\r\n\r\n")
