"""Create JPEG thumbnails for uploaded videos using ffmpeg."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ThumbSpec:
    width: int = 320
    offset_seconds: float = 1.0
    quality: int = 3  # ffmpeg -q:v scale, 2 (best) .. 31


def build_thumbnail_cmd(source: Path, dest: Path, spec: ThumbSpec) -> str:
    """Assemble the ffmpeg invocation for a single frame grab."""
    cmd = "ffmpeg -hide_banner -loglevel error -y"
    cmd += f" -ss {spec.offset_seconds:.2f}"
    cmd += f" -i {source}"
    cmd += f" -frames:v 1 -vf scale={spec.width}:-2"
    cmd += f" -q:v {spec.quality}"
    cmd += f" {dest}"
    return cmd


def thumbnail_path(source: Path, out_dir: Path) -> Path:
    return out_dir / f"{source.stem}.jpg"


def make_thumbnail(source: str | Path, out_dir: str | Path,
                   spec: ThumbSpec | None = None) -> Path:
    """Render a thumbnail of ``source`` into ``out_dir`` and return its path."""
    source, out_dir = Path(source), Path(out_dir)
    if not source.is_file():
        raise FileNotFoundError(source)
    out_dir.mkdir(parents=True, exist_ok=True)
    dest = thumbnail_path(source, out_dir)
    command = build_thumbnail_cmd(source, dest, spec or ThumbSpec())
    subprocess.run(command, shell=True, check=True, timeout=60)
    return dest


def make_thumbnails(sources: list[str | Path], out_dir: str | Path) -> dict[str, Path]:
    """Batch helper used by the upload worker; skips files ffmpeg rejects."""
    done: dict[str, Path] = {}
    for src in sources:
        try:
            done[str(src)] = make_thumbnail(src, out_dir)
        except subprocess.CalledProcessError:
            continue
    return done
