import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

XML = """<staff>
  <user login="ada" role="admin"><name>Ada</name><department>Board</department><pin>4711</pin><phone>x101</phone></user>
  <user login="bob"><name>Bob</name><department>Facilities</department><pin>1234</pin><phone>x202</phone></user>
</staff>"""


@pytest.fixture
def directory(tmp_path):
    path = tmp_path / "users.xml"
    path.write_text(XML)
    return mod.StaffDirectory(path)


def _auth(directory, user, pin):
    try:
        return directory.authenticate(user, pin)
    except Exception:
        return None


def test_login_bypass_without_pin(directory):
    assert _auth(directory, "ada' or '1'='1", "wrong") is None


def test_pin_field_injection(directory):
    assert _auth(directory, "ada", "x' or '1'='1") is None


def test_department_injection_dumps_all_numbers(directory):
    try:
        numbers = directory.phone_numbers("nope' or '1'='1")
    except Exception:
        numbers = []
    assert numbers == []
