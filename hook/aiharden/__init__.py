"""aiharden: scan AI-authored changes for CWE weaknesses, repair them, verify the repairs."""
from __future__ import annotations

__version__ = "0.1.0"
