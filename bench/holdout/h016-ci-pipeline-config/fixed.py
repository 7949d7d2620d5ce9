"""Parse uploaded `.pipeline.yml` files for the build runner."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List

import yaml

DEFAULT_IMAGE = "python:3.12-slim"


class PipelineError(ValueError):
    """The uploaded pipeline definition is not usable."""


@dataclass
class Job:
    name: str
    stage: str
    script: List[str]
    image: str = DEFAULT_IMAGE
    env: Dict[str, str] = field(default_factory=dict)


@dataclass
class Pipeline:
    stages: List[str]
    jobs: List[Job]

    def jobs_for(self, stage: str) -> List[Job]:
        return [job for job in self.jobs if job.stage == stage]


def parse_document(text: str) -> Dict[str, Any]:
    """Load the YAML document (anchors and aliases are allowed for reuse)."""
    document = yaml.safe_load(text)
    if not isinstance(document, dict):
        raise PipelineError("pipeline file must be a mapping")
    return document


def _build_job(name: str, spec: Dict[str, Any], stages: List[str],
               defaults: Dict[str, Any]) -> Job:
    stage = spec.get("stage", stages[0])
    if stage not in stages:
        raise PipelineError(f"job {name!r} uses unknown stage {stage!r}")
    script = spec.get("script")
    if isinstance(script, str):
        script = [script]
    if not script:
        raise PipelineError(f"job {name!r} has no script")
    env = {**defaults.get("variables", {}), **spec.get("variables", {})}
    return Job(name, stage, [str(s) for s in script],
               spec.get("image", defaults.get("image", DEFAULT_IMAGE)),
               {str(k): str(v) for k, v in env.items()})


def load_pipeline(text: str) -> Pipeline:
    document = parse_document(text)
    stages = document.pop("stages", ["build", "test", "deploy"])
    defaults = document.pop("default", {}) or {}
    jobs = [
        _build_job(name, spec, stages, defaults)
        for name, spec in document.items()
        if not name.startswith(".") and isinstance(spec, dict)
    ]
    return Pipeline(stages=stages, jobs=jobs)
