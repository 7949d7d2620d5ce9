import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PIPELINE = """
stages: [build, test]
default:
  image: node:20
  variables: {CI: "true"}

.node-cache: &cache
  variables:
    NPM_CONFIG_CACHE: .npm

build:
  stage: build
  script: npm ci && npm run build

unit-tests:
  <<: *cache
  stage: test
  image: node:20-alpine
  script:
    - npm test
    - npm run lint
"""


def test_jobs_and_stages_parsed():
    p = mod.load_pipeline(PIPELINE)
    assert p.stages == ["build", "test"]
    assert [j.name for j in p.jobs] == ["build", "unit-tests"]
    assert p.jobs_for("build")[0].script == ["npm ci && npm run build"]


def test_defaults_anchors_and_merge_keys():
    job = mod.load_pipeline(PIPELINE).jobs_for("test")[0]
    assert job.image == "node:20-alpine"
    assert job.env == {"CI": "true", "NPM_CONFIG_CACHE": ".npm"}
    assert job.script == ["npm test", "npm run lint"]


def test_invalid_documents():
    with pytest.raises(mod.PipelineError):
        mod.load_pipeline("- just\n- a list\n")
    with pytest.raises(mod.PipelineError):
        mod.load_pipeline("stages: [build]\njob:\n  stage: deploy\n  script: x\n")
