"""The repair stage: candidates for the reported findings, verified in one batch, the best one chosen."""
from __future__ import annotations

import ast
import collections
import dataclasses
import os
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiharden.config import Config
from aiharden.pipeline import Report
from aiharden.repair import candidates as cand_mod
from aiharden.verify import Repair
from aiharden.verify import choose
from aiharden.verify import verify


@dataclass(frozen=True)
class RepairRun:
    repairs: tuple[Repair, ...]  # one per reported finding, same order
    notices: tuple[str, ...]
    stats: dict[str, Any]


def _load_model(cfg: Config) -> tuple[Any, str | None]:
    if cfg.n_best <= 0:
        return None, None
    from aiharden.scan.semgrep import cache_dir
    from aiharden.util import cache_home

    try:
        from aiharden.repair.model import ModelUnavailable
        from aiharden.repair.model import RepairModel

        with cache_home(cache_dir()):  # onnxruntime writes a device id under the cache home at import
            return RepairModel.load(Path(cfg.model) if cfg.model else None, cfg.device), None
    except ModelUnavailable as e:
        why = str(e).replace("; scan-only", "").rstrip(".; ")
    except Exception as e:  # noqa: BLE001 - a model of the wrong shape costs the model, never the run
        why = f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else 'cannot load'}"
    return None, f"repair model unavailable ({why}): repairs from codemods and rule fixes only"


class _TestRunner:
    """Runs --test-cmd in a temporary copy of the repository with one file replaced."""

    def __init__(self, root: Path, cmd: str, timeout: float) -> None:
        self.root, self.cmd, self.timeout = root, cmd, timeout
        self.baseline: dict[str, bool] = {}

    def _run(self, rel: str, text: str) -> tuple[bool, str]:
        with tempfile.TemporaryDirectory(prefix="aiharden-tests-") as tmp:
            copy = Path(tmp) / "repo"
            shutil.copytree(self.root, copy, symlinks=True, ignore=shutil.ignore_patterns(".git"))
            (copy / rel).write_text(text, encoding="utf-8")
            # the user's own test command, run as they wrote it
            proc = subprocess.Popen(self.cmd, shell=True, cwd=copy, start_new_session=True,  # nosemgrep: subprocess-shell-true
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
            try:
                rc = proc.wait(timeout=self.timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)  # the command and everything it started
                proc.wait()
                return False, f"project tests ran past {self.timeout:g} s (test-timeout)"
            return rc == 0, "" if rc == 0 else "project tests fail"

    def __call__(self, rel: str, new_text: str, original: str) -> tuple[bool | None, str]:
        if rel not in self.baseline:
            self.baseline[rel] = self._run(rel, original)[0]
        if not self.baseline[rel]:
            return None, ""  # already red without the repair: the tests cannot judge it
        return self._run(rel, new_text)


def _unparsable(report: Report) -> dict[str, int]:
    """Files that do not parse, with the line of the error: no repair is attempted in them."""
    out = {}
    for path in {f.path for f in report.findings}:
        try:
            ast.parse(report.texts[path])
        except SyntaxError as e:
            out[path] = e.lineno or 0
        except ValueError:  # NUL bytes
            out[path] = 0
    return out


def repair(report: Report, cfg: Config) -> RepairRun:
    if cfg.repair == "off" or not report.findings:
        return RepairRun(tuple(choose(0, [])), (), {})
    notices = []
    findings = report.findings
    texts = report.texts
    broken = _unparsable(report)
    todo = [i for i, f in enumerate(findings) if f.path not in broken]
    model, why = _load_model(cfg) if todo else (None, None)
    if why:
        notices.append(why)
    try:
        cands = cand_mod.gather(findings, texts, model=model, n_best=cfg.n_best, only=todo)
    except Exception as e:  # noqa: BLE001 - a model failing mid-run: repairs without it
        notices.append(f"repair model failed ({type(e).__name__}): repairs from codemods and rule fixes only")
        model = None
        cands = cand_mod.gather(findings, texts, model=None, only=todo)
    runner = _TestRunner(report.root, cfg.test_cmd, cfg.test_timeout) if cfg.test_cmd and report.root else None
    verdicts = verify(
        findings, report.all_findings, texts, cands, bandit_skip=cfg.bandit_skip, timeout=cfg.semgrep_timeout,
        run_tests=(lambda rel, new: runner(rel, new, texts[rel])) if runner else None,
    )
    repairs = choose(len(findings), verdicts)
    for i, f in enumerate(findings):
        if f.path in broken:
            repairs[i] = dataclasses.replace(
                repairs[i], status="unrepaired",
                reason=f"repair skipped: the file does not parse (line {broken[f.path]})")
    state = "loaded" if model is not None else ("not used" if cfg.n_best <= 0 or not todo else "unavailable")
    return RepairRun(tuple(repairs), tuple(notices), stats(repairs, verdicts, state))


def stats(repairs: list[Repair], verdicts: list[Any], model: str) -> dict[str, Any]:
    by_source = collections.Counter(r.chosen.candidate.source for r in repairs if r.chosen)
    rejected = collections.Counter(
        "introduces a new finding" if v.reason.startswith("introduces")
        else "invents a literal" if v.reason.startswith("invents")
        else "uses an undefined name" if v.reason.startswith("uses an undefined") else v.reason
        for v in verdicts if not v.accepted)
    side = collections.Counter(
        (fixed, intro) for v in verdicts for fixed in (v.fixes_cwe or (0,)) for intro in v.introduces_cwe
    )
    return {
        "findings": len(repairs),
        "repaired": sum(r.status == "fixed" for r in repairs),
        "by_source": {s: by_source[s] for s in cand_mod.SOURCES},
        "candidates": len(verdicts),
        "rejected_by_reason": dict(sorted(rejected.items())),
        "side_effects": [
            {"fixing": f"CWE-{a}" if a else "none", "introduced": f"CWE-{b}", "candidates": n}
            for (a, b), n in sorted(side.items())
        ],
        "model": model,  # loaded, unavailable or not used
    }
