"""Patches for reports, and --fix: write verified repairs into the working tree, never losing a user's edit."""
from __future__ import annotations

import difflib
import os
import stat
import tempfile
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path

from aiharden.repair.edits import Edit
from aiharden.repair.edits import apply_edits
from aiharden.scan.findings import Finding
from aiharden.util import lines_with_ends
from aiharden.util import printable_path
from aiharden.util import redact_literals
from aiharden.verify import Repair


def unified_diff(path: str, old: str, new: str, *, redact: bool = False) -> str:
    """A one-line-context patch; redact=True (a hard-coded secret's repair) blanks the literals of every
    line it shows but the added ones, so the patch never repeats the secret it removes."""
    diff = difflib.unified_diff(
        lines_with_ends(old), lines_with_ends(new), f"a/{path}", f"b/{path}", n=1,
    )
    if not redact:
        return "".join(diff)
    return "".join(ln if ln.startswith(("+", "@@")) else redact_literals(ln) for ln in diff)


def merged_edits(repairs: Sequence[Repair]) -> tuple[Edit, ...]:
    """The edits of several repairs of one file: identical ones once, overlapping ones dropped (first wins)."""
    chosen: list[Edit] = []
    for r in repairs:
        if r.chosen is None:
            continue
        edits = [e for e in r.chosen.candidate.edits if e not in chosen]
        if any(e.start_line <= c.end_line and c.start_line <= e.end_line or e.start_line == c.start_line
               for e in edits for c in chosen):
            continue
        chosen.extend(edits)
    return tuple(chosen)


def inside(root: Path, rel: str) -> Path | None:
    """The file's path if it stays inside root (no '..', no absolute path, no symlink out of it)."""
    if not rel or os.path.isabs(rel) or "\0" in rel:
        return None
    target = (root / rel).resolve()
    try:
        target.relative_to(root.resolve())
    except ValueError:
        return None
    return target


def write_atomic(path: Path, text: str) -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".aiharden", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def writable(r: Repair, fix_level: str) -> bool:
    """--fix writes repairs verified by a probe or by the project's tests; static ones only with --fix-all. A
    partial repair (the same weakness left in the function) stays a suggestion."""
    return r.chosen is not None and r.status == "fixed" and (
        fix_level == "static" or r.chosen.level in ("exploit", "tests"))


def apply_fixes(
    root: Path, findings: Sequence[Finding], repairs: Sequence[Repair], texts: Mapping[str, str],
    fix_level: str = "exploit",
) -> tuple[list[str], list[str]]:
    """Write each file's verified repairs; returns (files changed, one-line notices)."""
    by_path: dict[str, list[Repair]] = {}
    held = 0
    for r in repairs:
        if writable(r, fix_level):
            by_path.setdefault(findings[r.finding].path, []).append(r)
        elif r.chosen is not None and r.status == "fixed":
            held += 1
    changed: list[str] = []
    notices: list[str] = []
    if held:
        notices.append(f"{held} repair{'s' * (held != 1)} verified statically only (no probe could show the exploit "
                       f"blocked, no project test judged it): left as {'suggestions' if held != 1 else 'a suggestion'}; "
                       f"--fix-all writes {'them' if held != 1 else 'it'} too")
    for rel, reps in sorted(by_path.items()):
        target = inside(root, rel)
        if target is None or target.is_symlink() or not target.is_file():
            notices.append(f"{printable_path(rel)}: not fixed, the path is not a regular file inside the repository")
            continue
        scanned = texts[rel]
        try:
            current = target.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            notices.append(f"{printable_path(rel)}: not fixed, cannot read it back ({e})")
            continue
        if current != scanned:
            notices.append(f"{printable_path(rel)}: not fixed, it changed since the scan (unstaged edits?); apply the patch by hand")
            continue
        try:
            new = apply_edits(scanned, merged_edits(reps))
            if target.read_bytes().startswith(b"\xef\xbb\xbf"):
                new = "\ufeff" + new
            write_atomic(target, new)
        except (ValueError, OSError) as e:  # edits that do not fit the file, a read-only file or folder
            notices.append(f"{printable_path(rel)}: not fixed, {e}")
            continue
        changed.append(rel)
    return changed, notices
