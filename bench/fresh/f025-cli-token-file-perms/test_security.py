import importlib
import os
import stat

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_credentials_not_readable_by_other_users(tmp_path):
    old = os.umask(0o022)
    try:
        mod.main(["--token", "secret-token", "--config-dir", str(tmp_path / "cfg")])
    finally:
        os.umask(old)
    mode = stat.S_IMODE(os.stat(tmp_path / "cfg" / "credentials.json").st_mode)
    assert mode & 0o077 == 0, f"credentials file mode is {oct(mode)}"


def test_existing_world_writable_file_is_tightened(tmp_path):
    cfg = tmp_path / "cfg"
    cfg.mkdir()
    path = cfg / "credentials.json"
    path.write_text("{}")
    os.chmod(path, 0o666)
    mod.save_token(cfg, "https://x.test", "secret-token")
    assert stat.S_IMODE(os.stat(path).st_mode) & 0o077 == 0
