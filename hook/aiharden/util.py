"""Small helpers shared across the package: text, paths and lines."""
from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

_LITERAL = re.compile(r"""(?P<q>['"])(?:(?!(?P=q))[^\n])*(?P=q)""")


def redact_literals(text: str) -> str:
    """Every string literal of a line (or a message quoting one) as "***": the shape stays, the secret goes."""
    return _LITERAL.sub(lambda m: f"{m['q']}***{m['q']}" if len(m[0]) > 2 else m[0], text)


def printable_path(path: str) -> str:
    """A path as one printable token: control characters (a newline in a file name) and the bytes of a
    name that is not UTF-8 (surrogates after os.fsdecode) escaped."""
    if path.isprintable():
        return path
    out = []
    for ch in path:
        if 0xDC80 <= ord(ch) <= 0xDCFF:
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif not ch.isprintable():
            out.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            out.append(ch)
    return "".join(out)


def is_utf8_name(path: str) -> bool:
    return not any(0xD800 <= ord(ch) <= 0xDFFF for ch in path)


def lines_with_ends(text: str) -> list[str]:
    """str.splitlines(keepends=True) as git counts lines: \\n ends a line (\\r\\n stays whole), nothing else does."""
    return _LINE.findall(text)


_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")


def split_lines(text: str) -> list[str]:
    """Lines as git, semgrep and bandit count them: split on \\n only (str.splitlines also splits on \\f, \\x1c...)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


@contextlib.contextmanager
def cache_home(cache: Path) -> Iterator[None]:
    """XDG_CACHE_HOME pointed at our cache while a library is first imported: stevedore (bandit's plugin
    loader) and onnxruntime (a device id) write under it at import time, and never again under ~/.cache."""
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(cache)
    try:
        yield
    finally:
        if old is None:
            del os.environ["XDG_CACHE_HOME"]
        else:
            os.environ["XDG_CACHE_HOME"] = old
