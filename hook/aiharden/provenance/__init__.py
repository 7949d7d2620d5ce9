"""Provenance: which changes an AI agent wrote, from trailers, identities, environment,
branch, pull request author and git notes (line level). See docs/provenance.md."""
from __future__ import annotations

from aiharden.provenance.agents import Agents
from aiharden.provenance.agents import Signal
from aiharden.provenance.agents import load_agents
from aiharden.provenance.detect import detect_range
from aiharden.provenance.detect import detect_staged
from aiharden.provenance.model import AI_THRESHOLD
from aiharden.provenance.model import NO_SIGNAL
from aiharden.provenance.model import Evidence
from aiharden.provenance.model import Provenance
from aiharden.provenance.report import ai_paths
from aiharden.provenance.report import render_text
from aiharden.provenance.report import to_json

__all__ = [
    "AI_THRESHOLD", "NO_SIGNAL", "Agents", "Evidence", "Provenance", "Signal", "ai_paths",
    "detect_range", "detect_staged", "load_agents", "render_text", "to_json",
]
