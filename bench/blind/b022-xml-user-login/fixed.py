"""Credential checks for the intranet portal, backed by an XML user directory.

The directory file looks like::

    <directory>
      <user role="admin"><name>root</name><password>s3cret</password></user>
      ...
    </directory>
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

from lxml import etree

DIRECTORY_FILE = Path("data/directory.xml")


def load_directory(path: Union[str, Path, None] = None) -> etree._ElementTree:
    """Parse the user directory file and return its element tree."""
    source = Path(path) if path is not None else DIRECTORY_FILE
    return etree.parse(str(source))


def find_account(tree: etree._ElementTree, username: str, password: str) -> Optional[etree._Element]:
    """Return the <user> element whose name and password both match, if any."""
    expression = "//user[name/text()=$username and password/text()=$password]"
    matches = tree.xpath(expression, username=username, password=password)
    return matches[0] if matches else None


def authenticate(username: str, password: str, directory: Union[str, Path, None] = None) -> Optional[str]:
    """Validate a login and return the account's role, or None when it is rejected."""
    if not username or not password:
        return None
    tree = load_directory(directory)
    account = find_account(tree, username.strip(), password)
    if account is None:
        return None
    return account.get("role", "user")
