import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

USERS = """<users>
  <user name="build-bot" apikey="k-7c1e9d" role="ci"><group>deployers</group><group>readers</group></user>
  <user name="backup-svc" apikey="k-33ab01" role="service"><group>readers</group></user>
  <user name="root-admin" apikey="k-ffee99" role="admin"><group>admins</group></user>
</users>"""


@pytest.fixture()
def directory(tmp_path):
    path = tmp_path / "users.xml"
    path.write_text(USERS)
    return mod.UserDirectory(str(path))


def test_authenticate_valid_key(directory):
    assert directory.authenticate("build-bot", "k-7c1e9d") == {
        "name": "build-bot", "role": "ci", "groups": ["deployers", "readers"]}
    assert directory.authenticate(" backup-svc ", "k-33ab01 ")["role"] == "service"


def test_authenticate_rejects_wrong_or_empty(directory):
    assert directory.authenticate("build-bot", "k-33ab01") is None
    assert directory.authenticate("nobody", "k-7c1e9d") is None
    assert directory.authenticate("", "") is None


def test_groups_and_members(directory):
    assert directory.groups_of("backup-svc") == ["readers"]
    assert directory.groups_of("ghost") == []
    assert directory.members_of("readers") == ["backup-svc", "build-bot"]
