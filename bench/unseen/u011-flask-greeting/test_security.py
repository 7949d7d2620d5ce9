import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_name_is_not_rendered_as_markup():
    client = mod.app.test_client()
    for payload, bad in (
        ("<script>alert(document.cookie)</script>", "<script>alert"),
        ('<img src=x onerror="alert(1)">', "<img"),
        ("</h1><iframe src=//evil.example>", "<iframe"),
    ):
        body = client.get("/hello", query_string={"name": payload}).get_data(as_text=True)
        assert bad not in body.lower(), payload
