"""Provision shared drop folders where members of a team group exchange uploads."""
from __future__ import annotations

import os
from pathlib import Path

DROP_ROOT = Path("/srv/dropbox")
FOLDER_MODE = 0o777


class TeamDropbox:
    """A team's shared upload area: <root>/<team>/<project>/<file>."""

    def __init__(self, team: str, root: Path | None = None) -> None:
        self.team = team
        self.root = Path(root) if root is not None else DROP_ROOT
        self.base = self.root / team

    def _make_shared_dir(self, path: Path) -> Path:
        path.mkdir(parents=True, exist_ok=True)
        # every member of the team group must be able to add and remove files
        os.chmod(path, FOLDER_MODE)
        return path

    def ensure(self) -> Path:
        """Create the team folder if needed and return it."""
        return self._make_shared_dir(self.base)

    def project_folder(self, project: str) -> Path:
        """Create (if needed) and return the folder for one project."""
        self.ensure()
        return self._make_shared_dir(self.base / project)

    def store(self, project: str, filename: str, data: bytes) -> Path:
        """Save an uploaded file into the project's folder."""
        target = self.project_folder(project) / Path(filename).name
        target.write_bytes(data)
        return target

    def listing(self, project: str) -> list[str]:
        """Sorted file names currently in a project folder."""
        folder = self.base / project
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())
