import importlib, io, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _xxe(target_uri: str) -> bytes:
    return f"""<?xml version="1.0"?>
<!DOCTYPE invoice [<!ENTITY leak SYSTEM "{target_uri}">]>
<invoice><number>X-1</number><supplier><name>&leak;</name></supplier>
<lines><line qty="1"><description>&leak;</description><unit_price>1</unit_price></line></lines></invoice>""".encode()


def test_parse_invoice_does_not_read_local_file(tmp_path):
    secret = tmp_path / "db.env"
    secret.write_text("DB_PASSWORD=s3cr3t-xxe-marker")
    try:
        got = mod.parse_invoice(_xxe(secret.as_uri()))
    except Exception:
        return
    assert "s3cr3t-xxe-marker" not in repr(got)


def test_upload_does_not_leak_local_file(tmp_path):
    secret = tmp_path / "id_rsa"
    secret.write_text("PRIVATE-KEY-xxe-marker")
    c = mod.app.test_client()
    r = c.post("/invoices/upload", data={"invoice": (io.BytesIO(_xxe(secret.as_uri())), "i.xml")},
               content_type="multipart/form-data")
    assert b"PRIVATE-KEY-xxe-marker" not in r.data
