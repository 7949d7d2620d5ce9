"""Parses the pipeline definition (``.pipeline.yml``) that users commit to their repositories."""
from __future__ import annotations

from dataclasses import dataclass

import yaml


@dataclass(frozen=True)
class Step:
    name: str
    run: str


@dataclass(frozen=True)
class Pipeline:
    image: str
    steps: tuple[Step, ...]


def parse_pipeline(text: str) -> Pipeline:
    """Build a Pipeline from the YAML text of a pipeline file.

    Raises:
        ValueError: the document does not describe a pipeline.
    """
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict) or not isinstance(doc.get("steps"), list):
        raise ValueError("a pipeline needs a list of steps")
    steps = tuple(Step(name=str(s["name"]), run=str(s["run"])) for s in doc["steps"])
    return Pipeline(image=str(doc.get("image", "python:3.11")), steps=steps)
