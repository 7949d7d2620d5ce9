"""Change sets from git: the staged index against HEAD, or a commit range base..head.

New text always comes from the index (staged) or the head commit (range), never the
working tree: that is what will be committed.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from aiharden.errors import FatalError
from aiharden.errors import missing_revision

STATUS = {"A": "added", "M": "modified", "R": "renamed", "C": "copied", "D": "deleted", "T": "typechange"}
MODE_SYMLINK = "120000"
MODE_SUBMODULE = "160000"
_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)


@dataclass(frozen=True)
class FileChange:
    path: str
    status: str  # added, modified, renamed, copied, deleted, typechange
    old_path: str | None
    mode: str  # new git mode: 100644, 100755, 120000 (symlink), 160000 (submodule)
    blob: str | None  # new blob id; None when deleted
    changed_lines: tuple[tuple[int, int], ...]  # 1-based inclusive ranges of the new text
    old_blob: str | None = None  # the blob at the base; None when added

    def touches(self, start: int, end: int) -> bool:
        return any(a <= end and start <= b for a, b in self.changed_lines)


@dataclass(frozen=True)
class ChangeSet:
    root: Path
    mode: str  # "staged" or "range"
    base: str | None  # commit id the change is measured against (None: no commit yet)
    head: str | None  # head commit id in range mode
    files: tuple[FileChange, ...]

    def scannable(self) -> tuple[FileChange, ...]:
        return tuple(f for f in self.files if f.status != "deleted" and f.blob is not None)


def open_repo(path: Path | str = ".") -> "git.Repo":  # type: ignore[name-defined]  # noqa: F821
    import git

    try:
        return git.Repo(path, search_parent_directories=True)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        raise FatalError(f"{path}: not inside a git repository (use `aiharden scan PATHS` for plain files)") from None


def _empty_tree(repo: "git.Repo") -> str:  # type: ignore[name-defined]  # noqa: F821
    return str(repo.git.hash_object("-t", "tree", "/dev/null"))


def _resolve(repo: "git.Repo", rev: str, what: str) -> str:  # type: ignore[name-defined]  # noqa: F821
    import git

    try:
        return str(repo.git.rev_parse("--verify", "--quiet", f"{rev}^{{commit}}"))
    except git.GitCommandError:
        shallow = repo.git.rev_parse("--is-shallow-repository").strip() == "true"
        raise FatalError(missing_revision(what, rev, shallow)) from None


def _parse_raw(out: bytes) -> list[tuple[str, str | None, str, str | None, str, str | None]]:
    """`git diff --raw -z` → (status letter, old path, new path, new blob, new mode, old blob)."""
    parts = out.split(b"\0")
    rows = []
    i = 0
    while i < len(parts) and parts[i]:
        meta = parts[i].decode().lstrip(":").split()
        new_mode, old_blob, new_blob, letter = meta[1], meta[2], meta[3], meta[4][0]
        if letter in "RC":
            old, new = parts[i + 1], parts[i + 2]
            i += 3
        else:
            old = new = parts[i + 1]
            i += 2
        old_s, new_s = os.fsdecode(old), os.fsdecode(new)
        blob = None if letter == "D" or set(new_blob) == {"0"} else new_blob
        base_blob = None if letter == "A" or set(old_blob) == {"0"} or meta[0] in ("160000", "120000") else old_blob
        rows.append((letter, old_s if letter in "RC" else None, new_s, blob, new_mode, base_blob))
    return rows


def _hunks(patch: bytes) -> list[tuple[tuple[int, int], ...]]:
    """Changed new-side line ranges of each file section of a `-U0` patch, in order."""
    sections = re.split(rb"^diff --git ", patch, flags=re.MULTILINE)[1:]
    result = []
    for section in sections:
        ranges = []
        for m in _HUNK.finditer(section):
            start, count = int(m.group(1)), int(m.group(2) or b"1")
            if count:
                ranges.append((start, start + count - 1))
        result.append(tuple(ranges))
    return result


def _diff(repo: "git.Repo", *args: str) -> tuple[FileChange, ...]:  # type: ignore[name-defined]  # noqa: F821
    common = ("--no-ext-diff", "--no-color", "-M", "--diff-filter=ACDMRT")
    raw = repo.git.diff(*args, "--raw", "-z", "--no-abbrev", *common, stdout_as_string=False)
    patch = repo.git.diff(*args, "-U0", "--no-textconv", *common, stdout_as_string=False)
    rows = _parse_raw(raw)
    hunks = _hunks(patch)
    if len(hunks) != len(rows):  # should not happen; fall back to whole files changed
        hunks = [()] * len(rows)
    files = []
    for (letter, old, new, blob, mode, old_blob), ranges in zip(rows, hunks):
        files.append(FileChange(new, STATUS.get(letter, "modified"), old, mode, blob, ranges, old_blob))
    return tuple(files)


def staged(repo_path: Path | str = ".") -> ChangeSet:
    """The index against HEAD (or against nothing in a repository with no commit yet)."""
    repo = open_repo(repo_path)
    try:
        base: str | None = repo.head.commit.hexsha
    except ValueError:
        base = None
    files = _diff(repo, "--cached", base or _empty_tree(repo))
    return ChangeSet(Path(repo.working_tree_dir or "."), "staged", base, None, files)


def commit_range(repo_path: Path | str, base: str, head: str = "HEAD") -> ChangeSet:
    """What head adds on top of its merge base with base (a pull request's change)."""
    import git

    repo = open_repo(repo_path)
    head_id = _resolve(repo, head, "head")
    base_id = _resolve(repo, base, "base")
    try:
        base_id = str(repo.git.merge_base(base_id, head_id))
    except git.GitCommandError:
        pass  # unrelated histories: compare the trees directly
    files = _diff(repo, base_id, head_id)
    return ChangeSet(Path(repo.working_tree_dir or "."), "range", base_id, head_id, files)


def in_index(root: Path, paths: list[str]) -> tuple[FileChange, ...]:
    """The index's entries for paths that have nothing staged, as whole-file changes (`pre-commit run
    --all-files` hands such files over): their text comes from the index, like every staged file's."""
    import git

    if not paths:
        return ()
    out = []
    listing = git.Repo(root).git.ls_files("-s", "-z", "--", *paths)
    for entry in filter(None, listing.split("\0")):
        meta, _, path = entry.partition("\t")
        mode, blob, stage = meta.split()
        if stage == "0":
            out.append(FileChange(path, "unchanged", None, mode, blob, ((1, WHOLE),), blob))
    return tuple(out)


WHOLE = 2**31  # the last line of a whole-file range


def read_blobs(root: Path, blobs: list[str]) -> dict[str, bytes]:
    """Blob contents by id, through one `git cat-file --batch` process."""
    import git

    repo = git.Repo(root)
    out = {}
    for blob in dict.fromkeys(blobs):
        out[blob] = repo.odb.stream(bytes.fromhex(blob)).read()
    return out
