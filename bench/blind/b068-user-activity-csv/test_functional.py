import importlib, os, csv
from datetime import datetime

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

EVENTS = [
    {"when": datetime(2024, 5, 1, 9, 30, 15), "action": "login", "target": "web"},
    {"when": datetime(2024, 5, 1, 9, 31, 0), "action": "edit", "target": "doc-17"},
    {"when": datetime(2024, 5, 2, 18, 0, 5, 123), "action": "logout", "target": "web"},
]


@pytest.fixture(autouse=True)
def tmpdir_setting(tmp_path, monkeypatch):
    monkeypatch.setattr(mod, "TMP_DIR", str(tmp_path))
    return tmp_path


def read(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def test_export_written(tmpdir_setting):
    path = mod.build_activity_export("alice", EVENTS)
    assert isinstance(path, str)
    assert os.path.dirname(os.path.abspath(path)) == str(tmpdir_setting)
    assert path.endswith(".csv")
    assert read(path) == [
        ["timestamp", "action", "target"],
        ["2024-05-01T09:30:15", "login", "web"],
        ["2024-05-01T09:31:00", "edit", "doc-17"],
        ["2024-05-02T18:00:05", "logout", "web"],
    ]


def test_two_users_separate(tmpdir_setting):
    a = mod.build_activity_export("alice", EVENTS[:1])
    b = mod.build_activity_export("bob", EVENTS[1:])
    assert a != b
    assert len(read(a)) == 2 and len(read(b)) == 3


def test_generator_and_discard(tmpdir_setting):
    path = mod.build_activity_export("carol", (e for e in EVENTS))
    assert len(read(path)) == 4
    mod.discard_export(path)
    assert not os.path.exists(path)
    mod.discard_export(path)  # second call is a no-op
