"""The repair stage, wired: candidates from repair/ (which proposes), verdicts from verify/ (which judges), the
best one chosen per finding. The only module that knows both."""
from __future__ import annotations

import ast
import collections
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiharden.config import Config
from aiharden.languages import JAVASCRIPT
from aiharden.languages import NAMES
from aiharden.languages import PYTHON
from aiharden.languages import of_scanned
from aiharden.pipeline import Report
from aiharden.repair import candidates as cand_mod
from aiharden.repair import failures
from aiharden.scan.findings import Finding
from aiharden.verify import Repair
from aiharden.verify import choose
from aiharden.verify import Verdict
from aiharden.verify import combine
from aiharden.verify import verify
from aiharden.verify.records import CODES
from aiharden.verify.tests import TestRunner


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


def _unparsable(report: Report) -> dict[str, int]:
    """Files that do not parse, with the line of the error: no repair is attempted in them."""
    out = {}
    for path in {f.path for f in report.findings}:
        if of_scanned(path) not in (PYTHON, JAVASCRIPT):  # templates: nothing parses or repairs them yet
            continue
        if of_scanned(path) == JAVASCRIPT:
            from aiharden.repair.js.tree import broken
            from aiharden.repair.js.tree import parse

            if (bad := broken(parse(report.texts[path], path))) is not None:
                out[path] = bad.start_point.row + 1
            continue
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
    failures.take()  # what an earlier run in this process counted is not this run's
    notices = []
    findings = report.findings
    texts = report.texts
    broken = _unparsable(report)
    # JavaScript gets its own codemods and gate checks; the model and the probes read Python only
    other = {i: of_scanned(f.path) for i, f in enumerate(findings) if of_scanned(f.path) not in (PYTHON, JAVASCRIPT)}
    todo = [i for i, f in enumerate(findings) if f.path not in broken and i not in other]
    use_model = "model" in cfg.repair_sources
    python = [i for i in todo if of_scanned(findings[i].path) == PYTHON]
    model, why = _load_model(cfg) if python and use_model else (None, None)
    if why:
        notices.append(why)
    try:
        cands = cand_mod.gather(findings, texts, model=model, n_best=cfg.n_best, only=todo)
    except Exception as e:  # noqa: BLE001 - a model failing mid-run: repairs without it
        notices.append(f"repair model failed ({type(e).__name__}): repairs from codemods and rule fixes only")
        model = None
        cands = cand_mod.gather(findings, texts, model=None, only=todo)
    cands = [c for c in cands if c.source in cfg.repair_sources]
    runner = TestRunner(report.root, cfg.test_cmd, cfg.test_timeout) if cfg.test_cmd and report.root else None
    def judged(candidates: list[cand_mod.Candidate]) -> list[Verdict]:
        return verify(
            findings, report.all_findings, texts, candidates, bandit_skip=cfg.bandit_skip,
            timeout=cfg.semgrep_timeout, run_tests=(lambda rel, new: runner(rel, new, texts[rel])) if runner else None,
            probe=cfg.probe, probe_timeout=cfg.probe_timeout, root=report.root, cache=cfg.cache,
        )

    verdicts = judged(cands)
    if merged := combine.combined(findings, texts, verdicts):
        verdicts += judged(merged)
    repairs = _round_trips(findings, choose(len(findings), verdicts))
    for i, f in enumerate(findings):
        if f.path in broken:
            repairs[i] = dataclasses.replace(
                repairs[i], status="unrepaired", code="unparsable-file",
                reason=f"the file does not parse (line {broken[f.path]}), so no repair is attempted")
        elif i in other:
            repairs[i] = dataclasses.replace(
                repairs[i], status="unrepaired", code="unsupported-language",
                reason=f"no repair for {NAMES[other[i]]} yet")
    state = "loaded" if model is not None else (
        "not used" if cfg.n_best <= 0 or not python or not use_model else "unavailable")
    return RepairRun(tuple(repairs), tuple(notices), stats(repairs, verdicts, state))


PASSWORD_CWES = frozenset({916, 759, 760})


def _round_trips(findings: Sequence[Finding], repairs: list[Repair]) -> list[Repair]:
    """A stored password hash is computed in several places of one file (where it is stored and where it is
    checked): a repair of some of them and not the others breaks the check of every password stored after it.
    Unless every such place has a repair that --fix writes (level exploit or tests), the repairs there stay
    suggestions (level static, written only by --fix-all, all together), and say why."""
    lines: dict[str, set[int]] = collections.defaultdict(set)
    for f in findings:
        if PASSWORD_CWES & set(f.cwe):
            lines[f.path].add(f.region.start_line)
    out = list(repairs)
    for path, places in lines.items():
        if len(places) < 2:
            continue
        group = [i for i, f in enumerate(findings) if f.path == path and f.region.start_line in places]
        # a place is covered when a repair of any of its findings was verified, or another repair's edits reach it
        verified = [i for i in group if (c := out[i].chosen) is not None and c.level in ("exploit", "tests")]
        edited = {ln for i in verified for e in out[i].chosen.candidate.edits  # type: ignore[union-attr]
                  for ln in range(e.start_line, e.end_line + 1)} | {findings[i].region.start_line for i in verified}
        missing = sorted(ln for ln in places if ln not in edited)
        if not missing:
            continue
        why = (f"the same password hash is also computed at line {', '.join(map(str, missing))}, which has no "
               f"repair verified beyond the static gate: stored and checked values must change together, so this "
               f"stays a suggestion")
        for i in group:
            c = out[i].chosen
            if c is not None:
                out[i] = dataclasses.replace(out[i], status="partial", reason=why,
                                             chosen=dataclasses.replace(c, level="static"), left=(*out[i].left, why))
    return out


def stats(repairs: list[Repair], verdicts: list[Any], model: str) -> dict[str, Any]:
    by_source = collections.Counter(r.chosen.candidate.source for r in repairs if r.chosen)
    by_level = collections.Counter(r.chosen.level for r in repairs if r.chosen)
    rejected = collections.Counter(v.code for v in verdicts if not v.accepted)
    probes = collections.Counter(v.probe.status for v in verdicts if v.probe is not None)
    side = collections.Counter(
        (fixed, intro) for v in verdicts for fixed in (v.fixes_cwe or (0,)) for intro in v.introduces_cwe
    )
    return {
        "findings": len(repairs),
        "repaired": sum(r.status == "fixed" for r in repairs),
        "partial": sum(r.status == "partial" for r in repairs),
        "by_source": {s: by_source[s] for s in cand_mod.SOURCES},
        "by_level": {lv: by_level[lv] for lv in ("exploit", "tests", "static")},
        "candidates": len(verdicts),
        "rejected_by_reason": {code: rejected[code] for code in CODES if rejected[code]},
        "probes": dict(sorted(probes.items())),
        "side_effects": [
            {"fixing": f"CWE-{a}" if a else "none", "introduced": f"CWE-{b}", "candidates": n}
            for (a, b), n in sorted(side.items())
        ],
        "model": model,  # loaded, unavailable or not used
        "codemod_failures": failures.take(),  # by family: a codemod that raised (a bug; traceback in aiharden.log)
    }
