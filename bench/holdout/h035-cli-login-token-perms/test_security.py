import importlib
import os
import stat

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_credentials_file_is_private(tmp_path):
    old = os.umask(0o022)
    try:
        path = mod.save_token("tok_secret", home=str(tmp_path))
    finally:
        os.umask(old)
    mode = stat.S_IMODE(os.stat(path).st_mode)
    assert mode & 0o077 == 0, f"token file readable/writable by others: {oct(mode)}"


def test_existing_loose_file_is_tightened(tmp_path):
    path = mod.config_path(str(tmp_path))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{}")
    os.chmod(path, 0o644)
    mod.save_token("tok_secret", home=str(tmp_path))
    assert stat.S_IMODE(os.stat(path).st_mode) & 0o077 == 0
