"""actionlint over the example workflow and the composite action.

actionlint lints workflows, not action metadata (run on ci/action.yml it asks for `on:` and `jobs:`).
So the action is linted twice through workflows: one that uses it as a local action (`uses: ./ci`),
which makes actionlint read its metadata, check the step keys and every input and output name; and
one that inlines its steps as a reusable workflow with the same inputs, which checks every
expression (inputs.*, steps.*.outputs.*, github.*) and runs shellcheck on each `run:` script when
shellcheck is installed.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from gitrepo import init

ROOT = Path(__file__).resolve().parent.parent
ACTION = ROOT / "ci" / "action.yml"


def _actionlint() -> str:
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    if not found:
        pytest.fail("actionlint is not installed: pip install the `test` extra (it provides the actionlint binary)")
    return found


def _lint(root: Path, *files: str) -> subprocess.CompletedProcess[str]:
    shellcheck = shutil.which("shellcheck") or ""
    return subprocess.run([_actionlint(), "-oneline", "-no-color", f"-shellcheck={shellcheck}", "-pyflakes=",
                           *files], cwd=root, capture_output=True, text=True, check=False)


def _project(tmp_path: Path, action_text: str, workflows: dict[str, dict | str]) -> Path:
    root = init(tmp_path / "project")
    (root / "ci").mkdir()
    (root / "ci" / "action.yml").write_text(action_text, encoding="utf-8")
    wf = root / ".github" / "workflows"
    wf.mkdir(parents=True)
    for name, doc in workflows.items():
        text = doc if isinstance(doc, str) else yaml.safe_dump(doc, sort_keys=False, width=1000)
        (wf / name).write_text(text, encoding="utf-8")
    return root


def _uses_local(action: dict, extra_input: str | None = None) -> dict:
    inputs = {name: str(spec.get("default", "")) or "x" for name, spec in action["inputs"].items()}
    if extra_input:
        inputs[extra_input] = "1"
    echo = " ".join(f"${{{{ steps.aiharden.outputs.{name} }}}}" for name in action["outputs"])
    return {"name": "uses", "on": {"pull_request": None}, "permissions": {"contents": "read"},
            "jobs": {"scan": {"runs-on": "ubuntu-latest", "steps": [
                {"uses": "actions/checkout@v4", "with": {"fetch-depth": 0}},
                {"id": "aiharden", "uses": "./ci", "with": inputs},
                {"run": f'echo "{echo}"'}]}}}


def _inline(action: dict) -> dict:
    """The composite action as a reusable workflow: same inputs, steps, outputs."""
    inputs = {name: {"description": spec.get("description", name), "type": "string", "required": False,
                     "default": str(spec.get("default", ""))} for name, spec in action["inputs"].items()}
    outputs = {name: {"description": spec.get("description", name), "value": f"${{{{ jobs.action.outputs.{name} }}}}"}
               for name, spec in action["outputs"].items()}
    job = {"runs-on": "ubuntu-latest", "outputs": {name: spec["value"] for name, spec in action["outputs"].items()},
           "steps": [{"uses": "actions/checkout@v4"}, *action["runs"]["steps"]]}
    return {"name": "inline", "on": {"workflow_call": {"inputs": inputs, "outputs": outputs}},
            "jobs": {"action": job}}


def test_example_workflow_passes_actionlint() -> None:
    proc = _lint(ROOT, "ci/examples/aiharden.yml")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_action_metadata_and_its_inlined_steps_pass_actionlint(tmp_path: Path) -> None:
    text = ACTION.read_text(encoding="utf-8")
    action = yaml.safe_load(text)
    assert action["runs"]["using"] == "composite"
    # the example's inputs and outputs, checked against this action.yml
    example = re.sub(r"uses: aiharden/aiharden/ci@\S+", "uses: ./ci",
                     (ROOT / "ci" / "examples" / "aiharden.yml").read_text(encoding="utf-8"))
    root = _project(tmp_path, text, {"uses.yml": _uses_local(action), "inline.yml": _inline(action),
                                     "example.yml": example})
    assert "./ci" in (root / ".github" / "workflows" / "example.yml").read_text(encoding="utf-8")
    proc = _lint(root, ".github/workflows/uses.yml", ".github/workflows/inline.yml", ".github/workflows/example.yml")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_actionlint_catches_what_these_checks_claim_to(tmp_path: Path) -> None:
    """Controls: an unknown input, an undefined expression and a bad step key are each reported."""
    text = ACTION.read_text(encoding="utf-8")
    action = yaml.safe_load(text)
    broken = yaml.safe_load(text)
    scan = next(s for s in broken["runs"]["steps"] if s.get("id") == "scan")
    scan["env"]["AIHARDEN_SCOPE"] = "${{ inputs.no-such-input }}"
    bad_key = text.replace("      shell: bash\n", "      shell: bash\n      no-such-key: 1\n", 1)
    root = _project(tmp_path, bad_key, {"uses.yml": _uses_local(action, extra_input="bogus"),
                                        "inline.yml": _inline(broken)})
    proc = _lint(root, ".github/workflows/uses.yml", ".github/workflows/inline.yml")
    assert proc.returncode == 1
    assert 'input "bogus" is not defined in action "aiharden"' in proc.stdout
    assert 'property "no-such-input" is not defined' in proc.stdout
    assert 'unexpected key "no-such-key"' in proc.stdout
