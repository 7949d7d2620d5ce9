import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def inspector(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notes.txt").write_text("one\ntwo\n")
    return mod.DocumentInspector(str(docs))


def _call(fn, *args):
    try:
        fn(*args)
    except ValueError:
        pass  # rejecting the value is an acceptable outcome


def test_mime_type_name_injection(inspector, tmp_path):
    marker = tmp_path / "pwned_mime"
    _call(inspector.mime_type, f"notes.txt; touch {marker}")
    assert not marker.exists()


def test_preview_name_injection(inspector, tmp_path):
    marker = tmp_path / "pwned_preview"
    _call(inspector.preview, f"notes.txt && touch {marker}", 1)
    assert not marker.exists()


def test_preview_lines_injection(inspector, tmp_path):
    marker = tmp_path / "pwned_lines"
    _call(inspector.preview, "notes.txt", f"1 /dev/null; touch {marker};")
    assert not marker.exists()


def test_describe_subshell(inspector, tmp_path):
    marker = tmp_path / "pwned_describe"
    _call(inspector.describe, f"$(touch {marker})")
    assert not marker.exists()
