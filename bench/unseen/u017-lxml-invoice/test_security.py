import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SECRET = "TOPSECRET-ssh-key-material"


def test_external_entity_does_not_read_local_files(tmp_path):
    secret = tmp_path / "id_rsa"
    secret.write_text(SECRET)
    xml = f"""<?xml version="1.0"?>
<!DOCTYPE invoice [<!ENTITY leak SYSTEM "file://{secret}">]>
<invoice>
  <number>INV-1</number>
  <customer>&leak;</customer>
</invoice>""".encode()
    try:
        result = mod.parse_invoice(xml)
    except Exception:
        result = None
    assert SECRET not in repr(result)
