"""Per-project editor preferences, kept in ``.editorprefs`` inside the project folder."""
from __future__ import annotations

import pickle
from dataclasses import asdict, dataclass, field
from pathlib import Path

PREFS_FILE = ".editorprefs"


@dataclass
class Preferences:
    tab_width: int = 4
    theme: str = "light"
    recent_files: list[str] = field(default_factory=list)


def save_prefs(project: Path, prefs: Preferences) -> Path:
    """Write the preferences into the project folder and return the file's path."""
    path = project / PREFS_FILE
    with open(path, "wb") as fh:
        pickle.dump(asdict(prefs), fh)
    return path


def load_prefs(project: Path) -> Preferences:
    """Preferences stored in the project, or the defaults when there are none."""
    path = project / PREFS_FILE
    if not path.exists():
        return Preferences()
    with open(path, "rb") as fh:
        data = pickle.load(fh)
    known = {k: v for k, v in data.items() if k in Preferences.__dataclass_fields__}
    return Preferences(**known)
