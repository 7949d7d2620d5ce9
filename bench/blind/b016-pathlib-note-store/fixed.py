"""Markdown notebook storage: notes live as files (with sub-folders) under a root directory."""
from pathlib import Path
from typing import List, Optional, Union


class NotebookStorage:
    """Store, fetch, delete and list notes addressed by relative paths such as "work/todo.md"."""

    def __init__(self, root: Union[str, Path]) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _note_path(self, note: str) -> Path:
        """Map a note name to its file. Raises ValueError for an empty name."""
        if not note or not note.strip():
            raise ValueError("note name required")
        return self._inside_root(self.root / note)

    def _inside_root(self, candidate: Path) -> Path:
        """Raise ValueError unless ``candidate`` resolves to a location under the root."""
        root = self.root.resolve()
        resolved = candidate.resolve()
        if resolved != root and not resolved.is_relative_to(root):
            raise ValueError("path escapes the notebook root")
        return candidate

    def save(self, note: str, body: str) -> Path:
        """Create or replace a note, creating intermediate folders as needed."""
        target = self._note_path(note)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
        return target

    def load(self, note: str) -> Optional[str]:
        """Return the note's text, or None if it does not exist."""
        target = self._note_path(note)
        return target.read_text(encoding="utf-8") if target.is_file() else None

    def remove(self, note: str) -> bool:
        """Delete a note; True if something was deleted."""
        target = self._note_path(note)
        if target.is_file():
            target.unlink()
            return True
        return False

    def listing(self, folder: str = "") -> List[str]:
        """List note paths (relative to the root) inside ``folder``, recursively and sorted."""
        base = self._inside_root(self.root / folder) if folder else self.root
        if not base.is_dir():
            return []
        return sorted(str(p.relative_to(self.root)) for p in base.rglob("*") if p.is_file())
