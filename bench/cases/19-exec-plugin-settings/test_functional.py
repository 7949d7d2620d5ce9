from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SETTINGS = """# exporter plugin
name = "csv-export"
version = "1.2.0"
formats = ["csv", "tsv"]
options = {"delimiter": ",", "header": True}
_internal = 3
"""


def test_parse_settings() -> None:
    assert mod.parse_settings(SETTINGS) == {
        "name": "csv-export", "version": "1.2.0", "formats": ["csv", "tsv"],
        "options": {"delimiter": ",", "header": True},
    }


def test_load_plugin(tmp_path: Path) -> None:
    (tmp_path / "settings.py").write_text(SETTINGS)
    assert mod.load_plugin(tmp_path)["name"] == "csv-export"


def test_missing_required(tmp_path: Path) -> None:
    (tmp_path / "settings.py").write_text('name = "x"\n')
    with pytest.raises(ValueError):
        mod.load_plugin(tmp_path)
