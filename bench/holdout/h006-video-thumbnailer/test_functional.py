import importlib
import os
import stat

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

# Fake ffmpeg: writes the arguments it got into the output file (last argument).
FAKE_FFMPEG = """#!/bin/sh
for last; do :; done
case "$*" in *bad*) exit 1;; esac
printf '%s\\n' "$@" > "$last"
"""


@pytest.fixture()
def workspace(tmp_path, monkeypatch):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    ff = bindir / "ffmpeg"
    ff.write_text(FAKE_FFMPEG)
    ff.chmod(ff.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    return tmp_path


def test_thumbnail_written_with_requested_width(workspace):
    src = workspace / "uploads" / "holiday_clip.mp4"
    src.write_bytes(b"\x00\x00")
    dest = mod.make_thumbnail(src, workspace / "thumbs", mod.ThumbSpec(width=640))
    assert dest.name == "holiday_clip.jpg"
    args = dest.read_text().splitlines()
    assert "scale=640:-2" in args
    assert "1.00" in args


def test_missing_source_raises(workspace):
    with pytest.raises(FileNotFoundError):
        mod.make_thumbnail(workspace / "nope.mp4", workspace / "thumbs")


def test_batch_skips_failures(workspace):
    good = workspace / "uploads" / "a.mp4"
    bad = workspace / "uploads" / "bad.mp4"
    good.write_bytes(b"1")
    bad.write_bytes(b"1")
    result = mod.make_thumbnails([good, bad], workspace / "thumbs")
    assert list(result) == [str(good)]
