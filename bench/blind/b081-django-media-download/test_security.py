import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
from django.test import Client  # noqa: E402


@pytest.fixture
def env(tmp_path, monkeypatch):
    media = tmp_path / "site" / "media"
    media.mkdir(parents=True)
    (media / "ok.txt").write_text("public")
    (media / "avatars").mkdir()
    (tmp_path / "site" / "settings_local.py").write_text("DB_PASSWORD = 'hunter2'\n")
    monkeypatch.setattr(mod, "MEDIA_DIR", str(media))
    return tmp_path


def fetch(name):
    r = Client().get("/media", {"name": name})
    data = b"".join(r.streaming_content) if r.status_code == 200 and r.streaming else r.content
    r.close()
    return r.status_code, data


@pytest.mark.parametrize("name", ["../settings_local.py", "./../settings_local.py",
                                  "avatars/../../settings_local.py"])
def test_relative_traversal_blocked(env, name):
    status, data = fetch(name)
    assert b"hunter2" not in data, f"read file outside MEDIA_DIR via {name!r}"
    assert status in (400, 403, 404)


def test_absolute_path_blocked(env):
    status, data = fetch(str(env / "site" / "settings_local.py"))
    assert b"hunter2" not in data, "absolute path replaced MEDIA_DIR"
    assert status in (400, 403, 404)

