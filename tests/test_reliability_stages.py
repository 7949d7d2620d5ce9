"""Reliability cases whose fix lies outside the scan/fixer layer: each test names the module it needs changed."""
from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import samples
from gitrepo import stage
from test_reliability_network import _assert_only_cache
from test_reliability_network import offline
from test_reliability_secrets import CONFIG as SECRET_CONFIG
from test_reliability_secrets import SECRETS
from test_reliability_secrets import _leaks
from test_reliability_untrusted import FLAGGED
from test_reliability_untrusted import SAFE_LINE
from test_reliability_untrusted import _verdicts

from aiharden import sarif
from aiharden.cli import main
from aiharden.repair.candidates import Candidate
from aiharden.repair.edits import Edit
from aiharden.repair.edits import apply_edits
from aiharden.repair.model import default_model_dir
from aiharden.scan import scan_texts
from aiharden.scan.bandit import DEFAULT_SKIP
from aiharden.scan.findings import Finding
from aiharden.scan.findings import Region
from aiharden.verify import verify


# repair/edits.py (and verify.py, candidates.py, sarif.py): lines are counted as git and the engines count them
@pytest.mark.parametrize("sep", ["\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x0b"])
def test_apply_edits_counts_lines_on_newlines_only(sep: str) -> None:
    text = f"a = 1\n# page{sep}break\nb = 2\nc = 3\n"
    assert apply_edits(text, [Edit(3, 3, "b = 20\n")]) == f"a = 1\n# page{sep}break\nb = 20\nc = 3\n"


def test_fix_on_a_file_with_a_form_feed(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = samples.YAML_LOAD.replace("import yaml\n", "import yaml\n\x0c\n# section\x1cmark\n")
    stage(repo, {"conf.py": text})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--fix-all", "--n-best", "0"]) == 1
    assert "fixed conf.py" in capsys.readouterr().out
    assert (repo / "conf.py").read_text() == text.replace("yaml.load(fh)", "yaml.safe_load(fh)")


# repair_stage.py: no candidate is generated or verified for a file that does not parse
def test_unparsable_file_says_repair_skipped(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"syntax.py": samples.YAML_LOAD + "\ndef broken(:\n    pass\n"})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--n-best", "0", "--format", "json"]) == 1
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["repair"]["status"] == "unrepaired"
    assert finding["repair"]["reason"] == "the file does not parse (line 8), so no repair is attempted"


# text.py: one line per finding, whatever the file is called
def test_finding_line_of_a_file_name_with_a_newline(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"new\nline.py": samples.YAML_LOAD})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--no-repair"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("new\\nline.py:6:16: CWE-502 critical yaml-unsafe-load:")
    assert len(lines) == 2 and lines[1].startswith("aiharden: 1 finding")


# outcome.py: the patch of a finding in a file with a secret finding is redacted (fixer.unified_diff(redact=True))
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_repair_patches_never_repeat_a_secret(repo: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"settings.py": SECRETS, "pyproject.toml": SECRET_CONFIG})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--n-best", "0", "--format", fmt]) == 1
    out = capsys.readouterr().out
    assert "os.environ" in out  # the verified repairs are still shown
    assert _leaks(out) == []


# repair/model.py: `with util.cache_home(cache_dir()): import onnxruntime` (it writes a device id at import)
def test_model_run_writes_nothing_under_home_but_the_cache(repo: Path, tmp_path: Path) -> None:
    assert default_model_dir().is_dir(), "needs the shipped model"
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    stage(repo, {"conf.py": samples.YAML_LOAD})
    proc = offline(["check", "--scope", "all", "--n-best", "2", "--device", "cpu"], repo, home, tmp)
    assert proc.returncode == 1, proc.stderr
    _assert_only_cache(home)


# repair_stage.py: a test command past test-timeout is named as such, and its whole process group is stopped
MARK = "31.4159"
SPAWN_IF_REPAIRED = (f"{sys.executable} -c \"import subprocess; "
                     f"subprocess.run(['sleep', '{MARK}']) if 'safe_load' in open('conf.py').read() else None\"")


def _sleepers() -> list[int]:
    pids = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if cmd[:2] == [b"sleep", MARK.encode()]:
            pids.append(int(pid))
    return pids


def test_test_cmd_timeout_is_named_and_its_processes_stopped(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "pyproject.toml").write_text("[tool.aiharden]\ntest-timeout = 2\n")
    stage(repo, {"conf.py": samples.YAML_LOAD})
    try:
        assert main(["check", "--scope", "all", "--repo", str(repo), "--n-best", "0", "--format", "json",
                     "--test-cmd", SPAWN_IF_REPAIRED]) == 1
        (finding,) = json.loads(capsys.readouterr().out)["findings"]
        assert finding["repair"]["code"] == "tests-timeout" and "past 2 s" in finding["repair"]["reason"]
        time.sleep(0.5)
        assert _sleepers() == []
    finally:
        for pid in _sleepers():  # what this test started and the run left behind
            os.kill(pid, signal.SIGKILL)


# cli.py: --test-timeout SECONDS as a flag, like the other settings
def test_test_timeout_flag(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"conf.py": samples.YAML_LOAD})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--n-best", "0", "--test-timeout", "5",
                 "--test-cmd", "true"]) == 1


# verify.py: a re-scan that did not finish (ScanResult.incomplete) verifies nothing
def test_incomplete_rescan_accepts_no_candidate() -> None:
    result = scan_texts({"conf.py": samples.YAML_LOAD})
    findings = [f for f in result.findings if f.region.start_line == FLAGGED]
    cands = [Candidate(0, "model", "m", (Edit(FLAGGED, FLAGGED, SAFE_LINE),))]
    (v,) = verify(findings, {"conf.py": tuple(result.findings)}, {"conf.py": samples.YAML_LOAD}, cands,
                  bandit_skip=DEFAULT_SKIP, timeout=0.0, cache=False)
    assert not v.accepted and v.code == "rescan-incomplete"


# verify.py: model text that names a path (a diff header, a new absolute or parent-relative path) is refused
@pytest.mark.parametrize("text", [
    "        return yaml.safe_load(fh)\n--- a/conf.py\n+++ b/other.py\n",
    "        return yaml.safe_load(open('/etc/passwd'))\n",
    "        return yaml.safe_load(open('../../home/user/.ssh/id_rsa'))\n",
])
def test_candidate_naming_a_path_is_refused(text: str) -> None:
    result = scan_texts({"conf.py": samples.YAML_LOAD})
    scanned = ([f for f in result.findings if f.region.start_line == FLAGGED], {"conf.py": tuple(result.findings)},
               {"conf.py": samples.YAML_LOAD})
    (v,) = _verdicts(scanned, [text])
    assert not v.accepted and v.code == "untrusted-text"


# sarif.py: rule tags de-duplicated (the schema wants unique tags)
def test_sarif_tags_are_unique(sarif_validator: Any) -> None:
    f = Finding("a.py", "r", "semgrep", (89, 89), "m", Region(1, 1, 1, 2))
    sarif_validator.validate(sarif.build([f]))


# repair/model.py + repair_stage.py: a model that loads but is the wrong shape is one line, never an internal error
@pytest.mark.parametrize("damage", ["config-types", "swapped-encoder"])
def test_wrong_shape_model_is_one_line(repo: Path, tmp_path: Path, damage: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    model = tmp_path / "model"
    shutil.copytree(default_model_dir(), model)
    if damage == "config-types":
        (model / "repair-model.json").write_text(json.dumps({"max_source_tokens": "many", "eos_token_id": "x"}))
    else:
        shutil.copy(model / "decoder_model.onnx", model / "encoder_model.onnx")
    stage(repo, {"conf.py": samples.YAML_LOAD})
    rc = main(["check", "--scope", "all", "--repo", str(repo), "--model", str(model), "--n-best", "2"])
    captured = capsys.readouterr()
    assert rc == 1 and "internal error" not in captured.err
    assert len([ln for ln in captured.out.splitlines() if "repair model" in ln]) == 1
