import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _parse(data):
    try:
        return mod.parse_feed(data)
    except Exception:
        return []


def test_external_entity_does_not_read_local_files(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("DB_PASSWORD=topsecret")
    feed = f"""<?xml version="1.0"?>
<!DOCTYPE feed [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
<feed><product sku="X1"><name>&xxe;</name><price>1.00</price>
<description>&xxe;</description></product></feed>""".encode()
    products = _parse(feed)
    leaked = " ".join(p.name + p.description for p in products)
    assert "topsecret" not in leaked, "external entity expanded with local file contents"


def test_parameter_entity_dtd_not_loaded(tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY leak "INJECTED-FROM-DTD">')
    feed = f"""<?xml version="1.0"?>
<!DOCTYPE feed [ <!ENTITY % ext SYSTEM "file://{dtd}"> %ext; ]>
<feed><product sku="X2"><name>&leak;</name><price>2.00</price></product></feed>""".encode()
    products = _parse(feed)
    assert all("INJECTED-FROM-DTD" not in p.name for p in products)
