import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DIRECTORY = """<?xml version="1.0"?>
<directory>
  <user role="admin"><name>root</name><password>s3cret-Admin</password></user>
  <user role="editor"><name>alice</name><password>wonder land 42</password></user>
  <user><name>bob</name><password>builder#9</password></user>
  <user role="viewer"><name>carol.smith</name><password>pa$$w0rd</password></user>
</directory>
"""


@pytest.fixture
def directory(tmp_path):
    path = tmp_path / "directory.xml"
    path.write_text(DIRECTORY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "user,password,role",
    [
        ("root", "s3cret-Admin", "admin"),
        ("alice", "wonder land 42", "editor"),
        ("bob", "builder#9", "user"),
        ("carol.smith", "pa$$w0rd", "viewer"),
        ("  alice ", "wonder land 42", "editor"),
    ],
)
def test_valid_logins(directory, user, password, role):
    assert mod.authenticate(user, password, directory) == role


@pytest.mark.parametrize(
    "user,password",
    [
        ("alice", "wrong"),
        ("alice", "s3cret-Admin"),
        ("root", "wonder land 42"),
        ("mallory", "anything"),
        ("", "s3cret-Admin"),
        ("root", ""),
        ("ALICE", "wonder land 42"),
    ],
)
def test_rejected_logins(directory, user, password):
    assert mod.authenticate(user, password, directory) is None


def test_find_account_returns_element(directory):
    tree = mod.load_directory(directory)
    node = mod.find_account(tree, "bob", "builder#9")
    assert node is not None
    assert node.findtext("name") == "bob"
    assert mod.find_account(tree, "bob", "nope") is None


def test_default_directory_attribute(directory, monkeypatch):
    monkeypatch.setattr(mod, "DIRECTORY_FILE", directory)
    assert mod.authenticate("root", "s3cret-Admin") == "admin"
