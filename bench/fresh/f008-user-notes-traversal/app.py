"""Per-user plain-text notes stored on disk as <base>/<username>/<note_name>."""
from __future__ import annotations

from pathlib import Path


class NoteStore:
    """Simple file-backed note storage used by the notes web app."""

    def __init__(self, base: str | Path) -> None:
        self.base = Path(base)
        self.base.mkdir(parents=True, exist_ok=True)

    def _note_path(self, username: str, note_name: str) -> Path:
        user_dir = self.base / username
        return user_dir / note_name

    def save(self, username: str, note_name: str, text: str) -> Path:
        """Create or overwrite a note and return where it was written."""
        path = self._note_path(username, note_name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def read(self, username: str, note_name: str) -> str:
        """Return the note text; raises FileNotFoundError when missing."""
        return self._note_path(username, note_name).read_text(encoding="utf-8")

    def list_notes(self, username: str) -> list[str]:
        """Names of the user's notes, sorted."""
        user_dir = self.base / username
        if not user_dir.is_dir():
            return []
        return sorted(p.name for p in user_dir.iterdir() if p.is_file())

    def delete(self, username: str, note_name: str) -> bool:
        """Delete a note; returns False when it did not exist."""
        path = self._note_path(username, note_name)
        if not path.exists():
            return False
        path.unlink()
        return True
