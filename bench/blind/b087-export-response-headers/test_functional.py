import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_export_headers_exact():
    raw = mod.export_headers("sales-2024.csv", 120)
    assert isinstance(raw, bytes)
    assert raw == (b"HTTP/1.1 200 OK\r\n"
                   b"Content-Type: text/csv; charset=utf-8\r\n"
                   b"Content-Length: 120\r\n"
                   b'Content-Disposition: attachment; filename="sales-2024.csv"\r\n\r\n')


def test_export_default_name_and_type():
    head = mod.parse_head(mod.export_headers("   ", 0, content_type="application/json"))
    assert head["content-disposition"] == ['attachment; filename="export.csv"']
    assert head["content-type"] == ["application/json"]
    assert head["content-length"] == ["0"]


def test_export_name_with_spaces():
    head = mod.parse_head(mod.export_headers("Q3 summary (final).csv", 5))
    assert head["content-disposition"] == ['attachment; filename="Q3 summary (final).csv"']


def test_redirect_headers():
    raw = mod.redirect_headers("/reports/42?tab=csv")
    assert raw.startswith(b"HTTP/1.1 303 See Other\r\n")
    assert raw.endswith(b"\r\n\r\n")
    head = mod.parse_head(raw)
    assert head["location"] == ["/reports/42?tab=csv"]
    assert mod.parse_head(mod.redirect_headers(""))["location"] == ["/reports"]
