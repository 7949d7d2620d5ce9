import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DIRECTORY = """<?xml version="1.0"?>
<directory>
  <user role="admin"><name>root</name><password>s3cret-Admin</password></user>
  <user role="editor"><name>alice</name><password>wonder land 42</password></user>
</directory>
"""


@pytest.fixture
def directory(tmp_path):
    path = tmp_path / "directory.xml"
    path.write_text(DIRECTORY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "user,password",
    [
        ("nobody' or '1'='1' or 'x'='", "irrelevant"),
        ("root' or 'a'='b", "guess"),
        ("root", "x' or '1'='1"),
        ("alice", "' or name/text()='alice"),
    ],
)
def test_xpath_injection_does_not_log_in(directory, user, password):
    assert mod.authenticate(user, password, directory) is None


def test_find_account_injection_matches_nothing(directory):
    tree = mod.load_directory(directory)
    assert mod.find_account(tree, "x' or '1'='1' or 'y'='", "x") is None
    assert mod.find_account(tree, "root", "' or '1'='1") is None
