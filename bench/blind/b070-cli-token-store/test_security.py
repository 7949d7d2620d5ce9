import importlib, os, stat

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def typical_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def lax_umask():
    old = os.umask(0o000)
    yield
    os.umask(old)


def perms(p):
    return stat.S_IMODE(os.stat(p).st_mode)


def test_new_credentials_file_private(tmp_path, monkeypatch, typical_umask):
    monkeypatch.setattr(mod, "CONFIG_HOME", tmp_path / "cfg")
    p = mod.save_credentials("tok-secret", "refresh-secret")
    assert perms(p) & 0o077 == 0, f"credentials readable by others: {oct(perms(p))}"


def test_private_even_with_lax_umask(tmp_path, monkeypatch, lax_umask):
    monkeypatch.setattr(mod, "CONFIG_HOME", tmp_path / "cfg")
    p = mod.save_credentials("tok-secret", "refresh-secret", profile="ci")
    assert perms(p) & 0o077 == 0, f"credentials readable by others: {oct(perms(p))}"


def test_existing_world_readable_file_tightened(tmp_path, monkeypatch, typical_umask):
    monkeypatch.setattr(mod, "CONFIG_HOME", tmp_path / "cfg")
    p = mod.credentials_path()
    p.parent.mkdir(parents=True)
    p.write_text("{}")
    os.chmod(p, 0o644)
    mod.save_credentials("tok-secret", "refresh-secret")
    assert perms(p) & 0o077 == 0, f"credentials readable by others: {oct(perms(p))}"
