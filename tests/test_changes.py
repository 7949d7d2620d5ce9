from __future__ import annotations

from pathlib import Path

import pytest
from gitrepo import commit
from gitrepo import git
from gitrepo import stage
from gitrepo import write

from aiharden import changes
from aiharden.errors import FatalError


def _by_path(cs: changes.ChangeSet) -> dict[str, changes.FileChange]:
    return {f.path: f for f in cs.files}


def _text(cs: changes.ChangeSet, path: str) -> str:
    blob = _by_path(cs)[path].blob
    assert blob is not None
    return changes.read_blobs(cs.root, [blob])[blob].decode()


def test_staged_in_repository_without_commits(repo: Path) -> None:
    stage(repo, {"a.py": "x = 1\ny = 2\n", "pkg/b.py": "z = 3\n"})
    cs = changes.staged(repo)
    assert cs.base is None
    files = _by_path(cs)
    assert set(files) == {"a.py", "pkg/b.py"}
    assert files["a.py"].status == "added"
    assert files["a.py"].changed_lines == ((1, 2),)


def test_staged_modified_lines_come_from_the_index_not_the_worktree(repo: Path) -> None:
    commit(repo, "base", {"a.py": "a = 1\nb = 2\nc = 3\nd = 4\n"})
    stage(repo, {"a.py": "a = 1\nb = 20\nc = 3\nd = 4\ne = 5\n"})
    write(repo, "a.py", "completely different working tree text\n")
    cs = changes.staged(repo)
    f = _by_path(cs)["a.py"]
    assert f.status == "modified"
    assert f.changed_lines == ((2, 2), (5, 5))
    assert _text(cs, "a.py") == "a = 1\nb = 20\nc = 3\nd = 4\ne = 5\n"


def test_staged_rename_delete_and_odd_names(repo: Path) -> None:
    commit(repo, "base", {"old.py": "import os\n" * 20, "gone.py": "x = 1\n"})
    git(repo, "mv", "old.py", "new name é.py")
    git(repo, "rm", "-q", "gone.py")
    stage(repo, {"new name é.py": "import os\n" * 20 + "print(1)\n", "line\nbreak.py": "y = 2\n"})
    cs = changes.staged(repo)
    files = _by_path(cs)
    assert files["new name é.py"].status == "renamed"
    assert files["new name é.py"].old_path == "old.py"
    assert files["new name é.py"].changed_lines == ((21, 21),)
    assert files["gone.py"].status == "deleted"
    assert files["line\nbreak.py"].status == "added"
    assert {f.path for f in cs.scannable()} == {"new name é.py", "line\nbreak.py"}


def test_range_uses_head_commit_text_and_merge_base(repo: Path) -> None:
    base = commit(repo, "base", {"a.py": "a = 1\n"})
    git(repo, "checkout", "-q", "-b", "feature")
    commit(repo, "feature", {"a.py": "a = 1\nb = 2\n", "c.py": "c = 3\n"})
    git(repo, "checkout", "-q", "main")
    commit(repo, "main moves on", {"other.py": "o = 1\n"})
    cs = changes.commit_range(repo, "main", "feature")
    files = _by_path(cs)
    assert set(files) == {"a.py", "c.py"}  # other.py is on main only: not part of the change
    assert cs.base == base
    assert files["a.py"].changed_lines == ((2, 2),)
    assert _text(cs, "c.py") == "c = 3\n"


def test_range_with_missing_base_in_a_full_clone_says_it_does_not_exist(repo: Path) -> None:
    commit(repo, "base", {"a.py": "a = 1\n"})  # a shallow clone is told to fetch: test_reliability_git
    with pytest.raises(FatalError, match="base revision '0{40}' does not exist in this repository"):
        changes.commit_range(repo, "0" * 40, "HEAD")


def test_not_a_repository(tmp_path: Path) -> None:
    with pytest.raises(FatalError, match="not inside a git repository"):
        changes.staged(tmp_path)
