from __future__ import annotations

import importlib
import os
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_external_entity_does_not_read_local_files(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("AWS_SECRET=hunter2")
    doc = f"""<?xml version="1.0"?>
<!DOCTYPE invoice [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>
<invoice><number>1</number><supplier>&leak;</supplier><total>1</total></invoice>""".encode()
    try:
        inv = mod.parse_invoice(doc)
    except ValueError:
        return
    assert "hunter2" not in inv.supplier
