"""The commands: each wires the stages for one entry point and returns the exit code."""
from __future__ import annotations

import dataclasses
import json
import os
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
from aiharden.errors import FatalError
from aiharden.util import split_lines


def _finish(report: pipeline.Report, cfg: config_mod.Config, quiet_when_clean: bool, github: bool = False) -> int:
    """Repair (unless off), report, apply --fix; the exit code."""
    from aiharden import outcome
    from aiharden.repair_stage import repair

    run = repair(report, cfg) if cfg.repair != "off" else None
    notices = [*report.notices, *(run.notices if run else ())]
    changed: list[str] = []
    if run is not None and cfg.repair == "fix" and report.root is not None:
        from aiharden import fixer

        changed, fix_notices = fixer.apply_fixes(report.root, report.findings, run.repairs, report.texts,
                                                  cfg.fix_level)
        notices += fix_notices
    report = dataclasses.replace(report, notices=tuple(notices),
                                 run_properties={**report.run_properties, **({"repair": run.stats} if run else {})})
    if cfg.sarif:
        log = sarif.build(report.findings, texts=report.texts, notices=report.notices, root=report.root,
                          run_properties=report.run_properties, result_extras=outcome.sarif_extras(report, run),
                          category=cfg.category, absent=report.absent, incomplete=report.incomplete)
        sarif.write(Path(cfg.sarif), log)
    records = [outcome.repair_record(report, run, i) for i in range(len(report.findings))]
    rc = 1 if changed else pipeline.exit_code(report.findings, cfg.fail_on)
    if report.incomplete and not cfg.allow_incomplete:
        rc = 2
        sys.stderr.write(f"aiharden: scan incomplete: {'; '.join(report.incomplete)}. Raise semgrep-timeout in "
                         f"[tool.aiharden], or set allow-incomplete = true to let an incomplete scan pass\n")
    if github:
        from aiharden import github as gh

        gh.publish(text.render_json(report, records, changed), sarif_path=cfg.sarif, env=os.environ, exit_code=rc,
                   stream=sys.stderr if cfg.format == "json" else sys.stdout)
    if cfg.format == "json":
        sys.stdout.write(json.dumps(text.render_json(report, records, changed), indent=2) + "\n")
    else:
        out = text.render_text(report, records, changed, quiet_when_clean=quiet_when_clean)
        sys.stdout.write(out)
        if cfg.sarif and out:  # a clean pre-commit run stays silent
            sys.stdout.write(f"aiharden: SARIF 2.1.0 written to {cfg.sarif}\n")
    return rc  # 1 also when --fix modified files: review and re-stage (pre-commit's convention)


def _auto_tests(cfg: config_mod.Config, root: Path) -> config_mod.Config:
    """In ci, the project's own pytest files judge repairs unless told otherwise."""
    import importlib.util

    from aiharden.projecttests import project_test_files

    if importlib.util.find_spec("pytest") is None or not project_test_files(root):
        return cfg
    return dataclasses.replace(cfg, test_cmd="auto")


def _agents(cfg: config_mod.Config, root: Path) -> Any:
    from aiharden import provenance

    return provenance.load_agents(root / cfg.agents_file if cfg.agents_file else None)


def _in_scope(srcs: list[sources_mod.Source], scope: Mapping[str, Any]) -> list[sources_mod.Source]:
    """Only AI-written files; where notes give AI line ranges, only changed lines among them."""
    out = []
    for s in srcs:
        if s.path not in scope:
            continue
        ai = scope[s.path]
        if ai is not None:
            changed = s.changed or ((1, len(split_lines(s.text)) or 1),)
            lines = tuple((max(a, c), min(b, d)) for a, b in changed for c, d in ai if max(a, c) <= min(b, d))
            s = dataclasses.replace(s, changed=lines)
        out.append(s)
    return out


def _no_signal(cfg: config_mod.Config, root: Path, what: str, command: str) -> int:
    line = f"aiharden: no AI signal for {what} (scope ai): not scanned; a missing trailer does not prove " \
           f"human authorship, --scope all scans every change"
    if cfg.format == "json":
        sys.stdout.write(json.dumps(text.skipped_json(command, line[10:], {"scope": cfg.scope})) + "\n")
    else:
        print(line)
    if cfg.sarif:
        sarif.write(Path(cfg.sarif), sarif.build([], root=root, notices=[line[10:]], category=cfg.category))
    return 0


def _scan_staged(repo: str, paths: Sequence[str], cfg_file: str | None, overrides: Mapping[str, Any],
                 message: str | None, command: str) -> int:
    from aiharden import provenance

    cs = changes.staged(repo)
    cfg = config_mod.load(cs.root, cfg_file, overrides)
    named = [_repo_relative(p, cs.root) for p in paths]
    srcs, notices = sources_mod.from_changes(cs, cfg.max_file_bytes, named)
    # files handed over with nothing staged in them (`pre-commit run --all-files`): scanned whole, from the index
    staged = {f.path for f in cs.files}
    if unstaged := changes.in_index(cs.root, [rel for rel in named if rel not in staged]):
        whole, whole_notices = sources_mod.from_changes(dataclasses.replace(cs, files=unstaged), cfg.max_file_bytes)
        srcs = [*srcs, *(dataclasses.replace(s, changed=None) for s in whole)]
        notices = [*notices, *whole_notices]
    prov = provenance.detect_staged(cs.root, os.environ, message, agents=_agents(cfg, cs.root))
    ai_scope = provenance.ai_paths([prov], cs)
    if cfg.scope == "ai":
        if not prov.ai:
            return _no_signal(cfg, cs.root, "the staged change", command)
        srcs = _in_scope(srcs, ai_scope)
    report = pipeline.scan(command, cs.root, srcs, notices, cfg)
    report = dataclasses.replace(report, ai_scope=ai_scope, run_properties={
        "provenance": provenance.to_json([prov]), "scope": cfg.scope})
    return _finish(report, cfg, quiet_when_clean=True)


def check(*, repo: str, paths: Sequence[str], config_file: str | None, overrides: Mapping[str, Any]) -> int:
    return _scan_staged(repo, paths, config_file, overrides, None, "check")


def check_msg(*, repo: str, message_file: str, paths: Sequence[str], config_file: str | None,
              overrides: Mapping[str, Any]) -> int:
    """commit-msg stage: when the message being written carries an AI signal, scan the staged change."""
    from aiharden import provenance

    try:
        message = Path(message_file).read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise FatalError(f"{message_file}: cannot read the commit message ({e.strerror})") from None
    cs_root = changes.staged(repo).root
    cfg = config_mod.load(cs_root, config_file, overrides)
    prov = provenance.detect_staged(cs_root, {}, message, agents=_agents(cfg, cs_root))
    if not any(ev.source in ("trailer", "message") for ev in prov.evidence) and cfg.scope == "ai":
        return 0  # nothing in the message: the pre-commit stage already judged the environment
    return _scan_staged(repo, paths, config_file, {**overrides, "scope": "all"}, message, "check-msg")


def ci(*, repo: str, base: str | None, head: str | None, config_file: str | None, overrides: Mapping[str, Any],
       github: bool = False) -> int:
    from aiharden import provenance

    if github:
        from aiharden import github as gh

        base, head = gh.default_range(os.environ, base, head)
    if base is None:
        raise FatalError("ci needs --base REV (or --github inside GitHub Actions, which reads the event)")
    head = head or "HEAD"
    cs = changes.commit_range(repo, base, head)
    cfg = config_mod.load(cs.root, config_file, overrides)
    if cfg.test_cmd is None and cfg.repair != "off":
        cfg = _auto_tests(cfg, cs.root)
    srcs, notices = sources_mod.from_changes(cs, cfg.max_file_bytes)
    provs = provenance.detect_range(cs.root, cs.base or base, cs.head or head, os.environ,
                                    agents=_agents(cfg, cs.root))
    ai_scope = provenance.ai_paths(provs, cs)
    if cfg.scope == "ai":
        if not any(p.ai for p in provs):
            rc = _no_signal(cfg, cs.root, f"the {len(provs)} commit{'s' * (len(provs) != 1)} of the range", "ci")
            if github:
                from aiharden import github as gh

                gh.publish({"findings": [], "summary": {"scanned": False}, "provenance": provenance.to_json(provs)},
                           sarif_path=cfg.sarif, env=os.environ, exit_code=rc,
                           stream=sys.stderr if cfg.format == "json" else sys.stdout)
            return rc
        srcs = _in_scope(srcs, ai_scope)
    report = pipeline.scan("ci", cs.root, srcs, notices, cfg, sources_mod.baseline(cs, srcs, cfg.max_file_bytes))
    report = dataclasses.replace(report, ai_scope=ai_scope, run_properties={
        "provenance": provenance.to_json(provs), "scope": cfg.scope})
    return _finish(report, cfg, quiet_when_clean=False, github=github)


def scan(*, paths: Sequence[str], repo: str, config_file: str | None, overrides: Mapping[str, Any]) -> int:
    root = Path(repo).resolve()
    cfg = config_mod.load(root, config_file, {**overrides, "all_lines": True})
    srcs, notices = sources_mod.from_paths(paths, cfg.max_file_bytes, root)
    report = pipeline.scan("scan", root, srcs, notices, cfg)
    return _finish(report, cfg, quiet_when_clean=False)


def detect(*, repo: str, base: str | None, head: str, fmt: str | None, config_file: str | None) -> int:
    from aiharden import provenance

    if base is None:
        cs = changes.staged(repo)
        cfg = config_mod.load(cs.root, config_file, {})
        provs = [provenance.detect_staged(cs.root, os.environ, agents=_agents(cfg, cs.root))]
    else:
        root = changes.staged(repo).root
        cfg = config_mod.load(root, config_file, {})
        provs = provenance.detect_range(root, base, head, os.environ, agents=_agents(cfg, root))
    if (fmt or cfg.format) == "json":
        sys.stdout.write(json.dumps(provenance.to_json(provs), indent=2) + "\n")
    else:
        sys.stdout.write(provenance.render_text(provs))
    return 0


def _repo_relative(path: str, root: Path) -> str:
    """pre-commit passes paths relative to the repository root; accept absolute ones too."""
    p = Path(path)
    if p.is_absolute():
        try:
            return p.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return p.as_posix()
    return p.as_posix()
