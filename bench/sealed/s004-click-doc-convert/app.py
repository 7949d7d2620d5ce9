"""docconv: batch-convert Markdown notes with an external converter."""
from __future__ import annotations

import os
from pathlib import Path

import click

CONVERTER = "pandoc"
SUPPORTED_FORMATS = ("html", "pdf", "docx")


def output_path_for(src: Path, fmt: str, out_dir: Path | None) -> Path:
    """Return where the converted copy of ``src`` should be written."""
    target = src.with_suffix(f".{fmt}")
    return (out_dir / target.name) if out_dir else target


def convert_file(src: Path, fmt: str, out_dir: Path | None = None) -> Path:
    """Convert a single file and return the output path."""
    dst = output_path_for(src, fmt, out_dir)
    command = f"{CONVERTER} {src} -o {dst}"
    status = os.system(command)
    if status != 0:
        raise click.ClickException(f"conversion failed for {src}")
    return dst


@click.command()
@click.argument("sources", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(SUPPORTED_FORMATS), default="html")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path), default=None)
def main(sources: tuple[Path, ...], fmt: str, out_dir: Path | None) -> None:
    """Convert SOURCES to the requested format."""
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    for src in sources:
        dst = convert_file(src, fmt, out_dir)
        click.echo(f"converted {src.name} -> {dst.name}")


if __name__ == "__main__":
    main()
