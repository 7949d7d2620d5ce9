from __future__ import annotations

import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DOC = """
image: node:20
steps:
  - name: install
    run: npm ci
  - name: test
    run: npm test
"""


def test_parse_pipeline() -> None:
    p = mod.parse_pipeline(DOC)
    assert p.image == "node:20"
    assert [(s.name, s.run) for s in p.steps] == [("install", "npm ci"), ("test", "npm test")]


def test_default_image() -> None:
    assert mod.parse_pipeline("steps: []").image == "python:3.11"


def test_not_a_pipeline() -> None:
    with pytest.raises(ValueError):
        mod.parse_pipeline("- just a list")
