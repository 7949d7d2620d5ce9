"""Inspect uploaded documents: detect their type and show a short preview."""
import os
from typing import Optional, Union


class DocumentInspector:
    """Wraps a few Unix tools to describe files stored under ``base_dir``."""

    def __init__(self, base_dir: str) -> None:
        self.base_dir = base_dir

    def _resolve(self, name: str) -> str:
        return os.path.join(self.base_dir, name)

    def _read_command(self, command: str) -> Optional[str]:
        stream = os.popen(command)
        output = stream.read()
        status = stream.close()
        if status:
            return None
        return output

    def mime_type(self, name: str) -> Optional[str]:
        """Return the MIME type of a stored document, or None if it cannot be inspected."""
        path = self._resolve(name)
        output = self._read_command(f"file --brief --mime-type {path}")
        if output is None or output.startswith("cannot open"):
            return None
        return output.strip()

    def preview(self, name: str, lines: Union[int, str] = 5) -> str:
        """Return the first ``lines`` lines of a document ('' when unavailable).

        ``lines`` is usually taken straight from the request, so strings are accepted.
        """
        path = self._resolve(name)
        return self._read_command(f"head -n {lines} {path} 2>/dev/null") or ""

    def describe(self, name: str) -> dict[str, object]:
        """Summary used by the UI: name, MIME type and a 3-line preview."""
        return {"name": name, "type": self.mime_type(name), "preview": self.preview(name, 3)}
