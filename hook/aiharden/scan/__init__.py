"""The scan stage: texts of files → merged findings of semgrep (bundled rules of each file's language) and bandit
(Python files only)."""
from __future__ import annotations

import tempfile
import time
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiharden.languages import PYTHON
from aiharden.languages import of_scanned
from aiharden.scan import bandit
from aiharden.scan import idioms
from aiharden.scan import semgrep
from aiharden.scan.cache import ResultCache
from aiharden.scan.cache import rules_digest
from aiharden.scan.findings import Finding
from aiharden.scan.findings import merge

# semgrep's workers while bandit runs beside it in this process: one core is bandit's. On two cores a second
# worker only contends with bandit: semgrep's CPU time with --jobs 2 is nearly twice that with --jobs 1, and a
# cold scan of 20 files took 1.27 s with two workers, 1.12 s with one (medians of 7, idle machine)
JOBS_BESIDE_BANDIT = max(1, semgrep.JOBS - 1)


@dataclass(frozen=True)
class ScanResult:
    findings: tuple[Finding, ...]
    errors: tuple[str, ...]  # one line each: "path: reason"
    engine: str = "native"  # the semgrep engine that ran
    incomplete: tuple[str, ...] = ()  # engines that did not finish (timed out): their findings are missing


def write_tree(root: Path, texts: Mapping[str, str]) -> list[str]:
    """Write each text at its relative path under root; paths that would leave root are refused (returned)."""
    refused = []
    for rel, text in texts.items():
        dest = root / rel
        if not rel or Path(rel).is_absolute() or ".." in Path(rel).parts:
            refused.append(rel)
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(text, encoding="utf-8", newline="")
    return refused


def scan_texts(
    texts: Mapping[str, str],
    *,
    rules_dir: Path | None = None,
    bandit_skip: Sequence[str] = bandit.DEFAULT_SKIP,
    timeout: float = 120.0,
    engines: Sequence[str] = ("semgrep", "bandit"),
    cache: bool = True,
) -> ScanResult:
    """Scan files given by repository-relative path and text, in one semgrep call plus bandit.
    rules_dir: one rule folder for every file instead of the bundled rules of each file's language.
    cache: semgrep's results of a text scanned before with the same rules are read back, not recomputed."""
    if not texts:
        return ScanResult((), ())
    deadline = time.monotonic() + timeout  # one budget for the whole call, bandit's time included
    with tempfile.TemporaryDirectory(prefix="aiharden-scan-") as tmp:
        root = Path(tmp)
        refused = write_tree(root, texts)
        texts = {rel: text for rel, text in texts.items() if rel not in refused}
        findings: list[Finding] = []
        errors = [f"{rel}: skipped, the path leaves the scan tree" for rel in refused]
        rules = (rules_dir,) if rules_dir else semgrep.rules_for(list(texts)) or (semgrep.RULES_DIR,)
        python = {rel: text for rel, text in texts.items() if of_scanned(rel) == PYTHON}
        store = ResultCache(semgrep.cache_dir() / "results", rules_digest(tuple(rules))) if cache else None
        cached = store.get(texts) if store else {}
        todo = sorted(rel for rel in texts if rel not in cached)
        b_store: ResultCache | None = None
        b_todo: dict[str, str] = {}
        if "bandit" in engines and python:
            b_store = ResultCache(semgrep.cache_dir() / "bandit", bandit.digest(bandit_skip)) if cache else None
            b_cached = b_store.get(python) if b_store else {}
            findings += [bandit.from_record(r) for rs in b_cached.values() for r in rs]
            b_todo = {rel: text for rel, text in python.items() if rel not in b_cached}
        proc = None
        if "semgrep" in engines and todo:
            # bandit runs in this process meanwhile: semgrep's workers would contend with it for the cores
            proc = semgrep.start(root, todo, rules, timeout / 2, jobs=JOBS_BESIDE_BANDIT if b_todo else semgrep.JOBS)
        if b_todo:
            try:
                b = bandit.run(root, b_todo, bandit_skip)
            except BaseException:
                if proc is not None:
                    semgrep.stop(proc)
                raise
            findings += b.findings
            errors += b.errors
            if b_store:
                b_store.put(b_todo, [bandit.to_record(f) for f in b.findings], skip=b.skipped)
        engine = "none"
        incomplete: tuple[str, ...] = ()
        if "semgrep" in engines:
            findings += semgrep.parse({"results": [r for rs in cached.values() for r in rs]}, texts, "").findings
            engine = "cached" if not todo else "none"
        if proc is not None:
            try:
                _, data = semgrep.collect(proc, texts, max(0.0, deadline - time.monotonic()))
                if "_failure" in data:  # native engine unavailable or broken: the default engine
                    s = semgrep.run(root, {rel: texts[rel] for rel in todo}, rules,
                                    max(1.0, deadline - time.monotonic()))
                else:
                    if store:
                        store.put({rel: texts[rel] for rel in todo}, data.get("results", []),
                                  skip=_with_errors(data))
                    s = semgrep.parse(data, texts, "native")
            except TimeoutError:
                errors.append(f"semgrep: stopped after {timeout:g} s (semgrep-timeout); "
                              f"bandit results only, raise semgrep-timeout for a full scan")
                incomplete = ("semgrep",)
            else:
                findings += s.findings
                errors += s.errors
                engine = s.engine
    return ScanResult(tuple(merge(idioms.drop_safe(findings, texts))), tuple(errors), engine, incomplete)


def _with_errors(data: dict[str, Any]) -> set[str]:
    """Files a semgrep error names: their results may be partial, so they are not cached."""
    out = set()
    for err in data.get("errors", []):
        path = err.get("path") or (err.get("spans") or [{}])[0].get("file", "")
        out.add(path or "*")
    return out
