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
    return merge(repairs)[0]


def merge(repairs: Sequence[Repair]) -> tuple[tuple[Edit, ...], list[Repair]]:
    """(edits, repairs left out): identical edits once; imports that two repairs insert before the same line go
    in together; a repair whose edits overlap one already taken is left out whole (first wins)."""
    chosen: list[Edit] = []
    left_out: list[Repair] = []
    for r in repairs:
        if r.chosen is None:
            continue
        edits = [e for e in r.chosen.candidate.edits if e not in chosen]
        imports = {e: c for e in edits for c in chosen if _same_import_point(e, c)}
        rest = [e for e in edits if e not in imports]
        if any(e.start_line <= c.end_line and c.start_line <= e.end_line or _both_insert_at(e, c)
               for e in rest for c in chosen):
            left_out.append(r)
            continue
        for e, c in imports.items():
            added = "".join(line for line in lines_with_ends(e.text) if line not in c.text)
            chosen[chosen.index(c)] = Edit(c.start_line, c.end_line, c.text + added)
        chosen.extend(rest)
    return tuple(chosen), left_out


def _both_insert_at(a: Edit, b: Edit) -> bool:
    """Two insertions before one line: which goes first is not defined."""
    return a.start_line == b.start_line and a.end_line == a.start_line - 1 and b.end_line == b.start_line - 1


def _same_import_point(a: Edit, b: Edit) -> bool:
    """Both insert only import lines, before the same line."""
    def imports_only(e: Edit) -> bool:
        return e.end_line == e.start_line - 1 and all(
            line.startswith(("import ", "from ")) for line in lines_with_ends(e.text))

    return a.start_line == b.start_line and imports_only(a) and imports_only(b)


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


def write_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    text.encode(encoding)  # a character the file's encoding cannot hold fails here, before anything is written
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".aiharden", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
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
            raw = target.read_bytes()
        except OSError as e:
            notices.append(f"{printable_path(rel)}: not fixed, cannot read it back ({e})")
            continue
        # written back in the encoding it was scanned in: UTF-8 (a BOM kept), else latin-1, byte for byte
        try:
            current, encoding = raw.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            current, encoding = raw.decode("latin-1"), "latin-1"
        if current != scanned:
            notices.append(f"{printable_path(rel)}: not fixed, it changed since the scan (unstaged edits?); apply the patch by hand")
            continue
        edits, left_out = merge(reps)
        for r in left_out:
            region = findings[r.finding].region
            notices.append(f"{printable_path(rel)}:{region.start_line}: repair not applied, it overlaps another "
                           f"repair written to the same lines; rerun after this fix to repair it on its own")
        try:
            new = apply_edits(scanned, edits)
            if raw.startswith(b"\xef\xbb\xbf"):
                new = "\ufeff" + new
            write_atomic(target, new, encoding)
        except (ValueError, OSError) as e:  # edits that do not fit the file, a read-only file or folder, a character
            # the file's encoding cannot hold (UnicodeEncodeError is a ValueError)
            notices.append(f"{printable_path(rel)}: not fixed, {e}")
            continue
        changed.append(rel)
    return changed, notices
