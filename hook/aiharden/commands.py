"""The commands: each wires the stages for one entry point and returns the exit code."""
from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiharden import changes
from aiharden import config as config_mod
from aiharden import pipeline
from aiharden import sarif
from aiharden import sources as sources_mod
from aiharden import text


def _finish(report: pipeline.Report, cfg: config_mod.Config, quiet_when_clean: bool) -> int:
    """Repair (unless off), report, apply --fix; the exit code."""
    from aiharden import outcome
    from aiharden.repair.run import repair

    run = repair(report, cfg) if cfg.repair != "off" else None
    notices = [*report.notices, *(run.notices if run else ())]
    changed: list[str] = []
    if run is not None and cfg.repair == "fix" and report.root is not None:
        from aiharden import fixer

        changed, fix_notices = fixer.apply_fixes(report.root, report.findings, run.repairs, report.texts)
        notices += fix_notices
    report = dataclasses.replace(report, notices=tuple(notices),
                                 run_properties={**report.run_properties, **({"repair": run.stats} if run else {})})
    if cfg.sarif:
        log = sarif.build(report.findings, texts=report.texts, notices=report.notices, root=report.root,
                          run_properties=report.run_properties, result_extras=outcome.sarif_extras(report, run))
        sarif.write(Path(cfg.sarif), log)
    records = [outcome.repair_record(report, run, i) for i in range(len(report.findings))]
    if cfg.format == "json":
        sys.stdout.write(json.dumps(text.render_json(report, records, changed), indent=2) + "\n")
    else:
        sys.stdout.write(text.render_text(report, records, changed, quiet_when_clean=quiet_when_clean))
    if changed:
        return 1  # files were modified: review and re-stage (pre-commit's convention)
    return pipeline.exit_code(report.findings, cfg.fail_on)


def check(*, repo: str, paths: Sequence[str], config_file: str | None, overrides: Mapping[str, Any]) -> int:
    cs = changes.staged(repo)
    cfg = config_mod.load(cs.root, config_file, overrides)
    rel = [_repo_relative(p, cs.root) for p in paths]
    srcs, notices = sources_mod.from_changes(cs, cfg.max_file_bytes, rel)
    report = pipeline.scan("check", cs.root, srcs, notices, cfg)
    return _finish(report, cfg, quiet_when_clean=True)


def ci(*, repo: str, base: str, head: str, config_file: str | None, overrides: Mapping[str, Any]) -> int:
    cs = changes.commit_range(repo, base, head)
    cfg = config_mod.load(cs.root, config_file, overrides)
    srcs, notices = sources_mod.from_changes(cs, cfg.max_file_bytes)
    report = pipeline.scan("ci", cs.root, srcs, notices, cfg)
    return _finish(report, cfg, quiet_when_clean=False)


def scan(*, paths: Sequence[str], repo: str, config_file: str | None, overrides: Mapping[str, Any]) -> int:
    root = Path(repo).resolve()
    cfg = config_mod.load(root, config_file, {**overrides, "all_lines": True})
    srcs, notices = sources_mod.from_paths(paths, cfg.max_file_bytes, root)
    report = pipeline.scan("scan", root, srcs, notices, cfg)
    return _finish(report, cfg, quiet_when_clean=False)


def _repo_relative(path: str, root: Path) -> str:
    """pre-commit passes paths relative to the repository root; accept absolute ones too."""
    p = Path(path)
    if p.is_absolute():
        try:
            return p.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return p.as_posix()
    return p.as_posix()
