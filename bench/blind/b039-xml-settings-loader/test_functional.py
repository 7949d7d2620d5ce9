import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DOC = b"""<?xml version="1.0" encoding="UTF-8"?>
<settings version="2">
  <!-- exported 2024-04-02 -->
  <setting name="theme">dark</setting>
  <setting name="refresh_seconds"> 30 </setting>
  <setting name="timezone">Europe/Berlin</setting>
  <setting name="greeting">Hello &amp; welcome</setting>
  <setting>nameless is ignored</setting>
  <setting name="empty"></setting>
</settings>
"""


def test_parse_settings():
    assert mod.parse_settings(DOC) == {
        "theme": "dark",
        "refresh_seconds": "30",
        "timezone": "Europe/Berlin",
        "greeting": "Hello & welcome",
        "empty": "",
    }


@pytest.mark.parametrize(
    "data",
    [
        b"<settings><setting name='a'>1</setting>",
        b"<preferences><setting name='a'>1</setting></preferences>",
        b"not xml at all",
        b"<settings>" + b"<setting name='x'>y</setting>" * 3000 + b"</settings>",
    ],
)
def test_rejected_documents_give_empty_dict(data):
    assert mod.parse_settings(data) == {}


def test_apply_uploaded_settings_only_known_keys():
    current = {"theme": "light", "refresh_seconds": "60", "language": "en"}
    merged = mod.apply_uploaded_settings(current, DOC)
    assert merged == {"theme": "dark", "refresh_seconds": "30", "language": "en"}
    assert current["theme"] == "light"


def test_export_roundtrip():
    settings = {"theme": "solarized", "refresh_seconds": "15", "note": "a < b & c"}
    data = mod.export_settings(settings)
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert mod.parse_settings(data) == settings


def test_internal_doctype_still_parses():
    doc = b"""<?xml version="1.0"?>
<!DOCTYPE settings [<!ELEMENT settings ANY>]>
<settings><setting name="theme">dark</setting></settings>"""
    assert mod.parse_settings(doc) == {"theme": "dark"}
