import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

XML = """<staff>
  <person active="true"><login>jdoe</login><name>Jane</name><email>jane@corp.example</email><department>eng</department></person>
  <person active="false"><login>ceo</login><name>Hidden</name><email>ceo-private@corp.example</email><department>exec</department></person>
</staff>"""


def _safe(fn, *args):
    try:
        return fn(*args)
    except Exception:
        return []


def test_tautology_returns_nobody():
    d = mod.StaffDirectory(XML)
    assert _safe(d.find, "x' or '1'='1") == []


def test_inactive_records_not_exposed():
    d = mod.StaffDirectory(XML)
    found = _safe(d.find, "x' or @active='false' or 'a'='b")
    assert all("ceo-private" not in m.email for m in found)
    assert _safe(d.in_department, "x' or department='exec") == []
