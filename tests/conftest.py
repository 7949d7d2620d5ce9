from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from gitrepo import GIT_ENV  # noqa: E402
from gitrepo import init  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pinned git identity, no global git config, tool caches under a temp dir."""
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    cache = tmp_path_factory.getbasetemp() / "cache"
    monkeypatch.setenv("AIHARDEN_CACHE", str(cache))
    monkeypatch.setenv("AIHARDEN_STRICT_CODEMODS", "1")  # a codemod that raises fails the test that met it
    for key in list(os.environ):
        if key.startswith(("CLAUDE", "CURSOR_", "CODEX_", "GEMINI_", "GITHUB_")):
            monkeypatch.delenv(key, raising=False)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Path]:
    yield init(tmp_path / "repo")


@pytest.fixture(scope="session")
def sarif_validator() -> object:
    import json

    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)

