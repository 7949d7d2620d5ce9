import importlib
import os
import stat

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_credentials_file_is_private_to_its_owner(tmp_path):
    path = tmp_path / "cfg" / "credentials.json"
    mod.save_credentials("alice", "tok_abc123", path)
    mode = stat.S_IMODE(os.stat(path).st_mode)
    assert mode & 0o077 == 0, oct(mode)
