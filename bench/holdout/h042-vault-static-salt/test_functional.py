import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PW = "tangerine-lamp-42"


def test_create_and_unlock(tmp_path):
    path = tmp_path / "vault.json"
    mod.create_vault(path, PW, {"github": "ghp_x", "db": "s3cret"})
    assert mod.unlock_vault(path, PW) == {"github": "ghp_x", "db": "s3cret"}
    assert "ghp_x" not in path.read_text()


def test_wrong_password(tmp_path):
    path = tmp_path / "vault.json"
    mod.create_vault(path, PW, {"a": "b"})
    with pytest.raises(mod.VaultLocked):
        mod.unlock_vault(path, "tangerine-lamp-43")


def test_update_and_short_password(tmp_path):
    path = tmp_path / "vault.json"
    mod.create_vault(path, PW, {"a": "1"})
    mod.update_secret(path, PW, "b", "2")
    assert mod.unlock_vault(path, PW) == {"a": "1", "b": "2"}
    with pytest.raises(ValueError):
        mod.create_vault(tmp_path / "v2.json", "short", {})
