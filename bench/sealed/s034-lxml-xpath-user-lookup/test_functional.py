import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

XML = """<staff>
  <person active="true"><login>jdoe</login><name>Jane Doe</name><email>jane@corp.example</email><department>eng</department></person>
  <person active="true"><login>bsmith</login><name>Bo Smith</name><email>bo@corp.example</email><department>eng</department></person>
  <person active="true"><login>o'neil</login><name>Pat O'Neil</name><email>pat@corp.example</email><department>sales</department></person>
  <person active="false"><login>gone</login><name>Former</name><email>gone@corp.example</email><department>eng</department></person>
</staff>"""


def test_find_active():
    d = mod.StaffDirectory(XML)
    [m] = d.find("jdoe")
    assert m.name == "Jane Doe" and m.email == "jane@corp.example" and m.department == "eng"


def test_inactive_and_unknown():
    d = mod.StaffDirectory(XML)
    assert d.find("gone") == []
    assert d.find("nobody") == []


def test_department_listing():
    assert mod.StaffDirectory(XML).in_department("eng") == ["jdoe", "bsmith"]
    assert mod.StaffDirectory(XML).in_department("legal") == []
