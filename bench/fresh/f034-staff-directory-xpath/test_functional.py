import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

XML = """<?xml version="1.0"?>
<staff>
  <user login="ada" role="admin"><name>Ada Lovelace</name><department>R&amp;D</department><pin>4711</pin><phone>x101</phone></user>
  <user login="bob"><name>Bob Builder</name><department>Facilities</department><pin>1234</pin><phone>x202</phone></user>
  <user login="cy"><name>Cy Young</name><department>Facilities</department><pin>9999</pin><phone>x203</phone></user>
</staff>
"""


@pytest.fixture
def directory(tmp_path):
    path = tmp_path / "users.xml"
    path.write_text(XML)
    return mod.StaffDirectory(path)


def test_authenticate_ok(directory):
    assert directory.authenticate("ada", "4711") == {
        "login": "ada", "name": "Ada Lovelace", "department": "R&D", "role": "admin"}
    assert directory.authenticate("bob", "1234")["role"] == "staff"


def test_authenticate_wrong_pin(directory):
    assert directory.authenticate("ada", "0000") is None
    assert directory.authenticate("nobody", "4711") is None


def test_phone_numbers(directory):
    assert directory.phone_numbers("Facilities") == ["x202", "x203"]
    assert directory.phone_numbers("Sales") == []
