import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

USERS = """<users>
  <user name="build-bot" apikey="k-7c1e9d" role="ci"><group>deployers</group></user>
  <user name="root-admin" apikey="k-ffee99" role="admin"><group>admins</group></user>
</users>"""


@pytest.fixture()
def directory(tmp_path):
    path = tmp_path / "users.xml"
    path.write_text(USERS)
    return mod.UserDirectory(str(path))


def _auth(directory, name, key):
    try:
        return directory.authenticate(name, key)
    except Exception:
        return None


def test_apikey_injection_does_not_bypass_auth(directory):
    assert _auth(directory, "root-admin", "x' or '1'='1") is None


def test_name_injection_does_not_bypass_auth(directory):
    assert _auth(directory, "root-admin' or '1'='1' or 'a'='", "wrong") is None


def test_groups_lookup_cannot_enumerate_other_accounts(directory):
    try:
        groups = directory.groups_of("x' or @role='admin")
    except Exception:
        groups = []
    assert "admins" not in groups
