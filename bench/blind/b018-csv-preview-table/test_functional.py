import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def client():
    return mod.app.test_client()


def test_build_table_exact():
    html = mod.build_table(["name", "qty"], [["apple", "3"], ["pear", "10"]])
    assert html == (
        '<table class="preview"><thead><tr><th>name</th><th>qty</th></tr></thead>'
        "<tbody><tr><td>apple</td><td>3</td></tr><tr><td>pear</td><td>10</td></tr></tbody></table>"
    )
    assert isinstance(html, str)


def test_build_table_empty():
    assert mod.build_table([], []) == '<table class="preview"><thead><tr></tr></thead><tbody></tbody></table>'


def test_parse_csv_quoted():
    header, rows = mod.parse_csv('city,note\n"Paris","a, b"\n\nRome,ok\n')
    assert header == ["city", "note"]
    assert rows == [["Paris", "a, b"], ["Rome", "ok"]]


def test_preview_view(client):
    body = "sku,price\nA1,9.99\nB2,15.00\n"
    resp = client.post("/import/preview?filename=stock.csv", data=body)
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200
    assert "<h1>Preview of stock.csv</h1>" in html
    assert "<tr><th>sku</th><th>price</th></tr>" in html
    assert "<tr><td>A1</td><td>9.99</td></tr><tr><td>B2</td><td>15.00</td></tr>" in html
    assert "<p>2 data row(s)</p>" in html


def test_preview_truncates(client, monkeypatch):
    monkeypatch.setattr(mod, "PREVIEW_ROWS", 2)
    body = "n\n" + "".join(f"{i}\n" for i in range(5))
    html = client.post("/import/preview", data=body).get_data(as_text=True)
    assert html.count("<td>") == 2
    assert "<p>5 data row(s)</p>" in html
    assert "Preview of upload.csv" in html
