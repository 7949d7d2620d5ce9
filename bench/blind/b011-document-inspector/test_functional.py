import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def inspector(tmp_path):
    (tmp_path / "notes.txt").write_text("one\ntwo\nthree\nfour\nfive\nsix\nseven\n")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "q1.csv").write_text("a,b\n1,2\n3,4\n")
    (tmp_path / "logo.png").write_bytes(
        bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")
    )
    return mod.DocumentInspector(str(tmp_path))


def test_mime_types(inspector):
    assert inspector.mime_type("notes.txt") == "text/plain"
    assert inspector.mime_type("logo.png") == "image/png"
    assert inspector.mime_type("reports/q1.csv") in ("text/csv", "text/plain")


def test_mime_type_missing(inspector):
    assert inspector.mime_type("absent.pdf") is None


def test_preview_default_and_custom(inspector):
    assert inspector.preview("notes.txt") == "one\ntwo\nthree\nfour\nfive\n"
    assert inspector.preview("notes.txt", 2) == "one\ntwo\n"
    assert inspector.preview("notes.txt", "1") == "one\n"
    assert inspector.preview("reports/q1.csv", 10) == "a,b\n1,2\n3,4\n"


def test_preview_missing(inspector):
    assert inspector.preview("absent.txt") == ""


def test_describe(inspector):
    assert inspector.describe("notes.txt") == {"name": "notes.txt", "type": "text/plain", "preview": "one\ntwo\nthree\n"}
