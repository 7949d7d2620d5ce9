import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_errors_do_not_expose_stack_traces():
    client = mod.app.test_client()
    source_name = os.path.basename(mod.__file__)
    for url in ("/api/orders/9999/total", "/api/orders/1002/total"):
        body = client.get(url).get_data(as_text=True)
        assert "Traceback" not in body, url
        assert 'File \\"' not in body and 'File "' not in body, url
        assert source_name not in body, url
        assert "order_total" not in body, url
