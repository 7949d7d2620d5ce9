import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = mod.app.test_client()

PAYLOAD = "<img src=x onerror=alert(document.cookie)>"


def test_query_not_reflected_raw_in_results_branch():
    text = client.get("/help/search", query_string={"q": f"python {PAYLOAD}"}).get_data(as_text=True)
    assert "Python SDK" in text or "results" in text.lower()
    assert "<img" not in text


def test_query_not_reflected_raw_in_empty_branch():
    text = client.get("/help/search", query_string={"q": "<script>alert(1)</script>"}).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in text
