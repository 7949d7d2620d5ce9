"""Checks the repair cases in bench/cases/ (development set), bench/blind/, bench/holdout/, bench/fresh/, bench/sealed/ and bench/unseen/ against the case contract (shared CASES.md).

For each case: meta.json is complete and names an entry that exists; test_functional passes on
app and on fixed; test_security fails on app (a real failure, not an error) and passes on fixed.
Each module runs in a temporary copy of the case, one pytest process per case and module (forked
from this one where the platform allows, so pytest is imported once).
Then the bundled semgrep rules scan every app.py and fixed.py in one call: `detected` says whether
app.py is flagged with one of the case's CWEs, `fixed-clean` whether fixed.py is free of them;
`hook-det` and `hook-clean` say the same of aiharden's own scan (semgrep and bandit, CWEs remapped).
Detection is reported, not enforced. Exit code: 0 all cases keep the contract, 1 a violation,
2 usage error.

Usage: python bench/check_cases.py [--set dev|blind|holdout|fresh|sealed|unseen|all] [--no-scan] [--jobs N] [--json FILE] [CASE ...]
"""
from __future__ import annotations

import argparse
import ast
import contextlib
import functools
import importlib.metadata
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES_DIR = HERE / "cases"
SETS = {"dev": CASES_DIR, "blind": HERE / "blind", "holdout": HERE / "holdout", "fresh": HERE / "fresh",
        "sealed": HERE / "sealed", "unseen": HERE / "unseen"}
RULES_DIR = HERE.parent / "hook" / "aiharden" / "rules" / "python"
CASE_FILES = ("meta.json", "app.py", "fixed.py", "test_functional.py", "test_security.py")
META_TYPES: dict[str, type] = {"id": str, "language": str, "cwe": list, "entry": str, "summary": str, "deps": list}
NAME_RE = re.compile(r"^(\d{2}|[bhfsu]\d{3})-[a-z0-9]+(-[a-z0-9]+)*$")
CWE_RE = re.compile(r"CWE-(\d+)", re.IGNORECASE)
TEST_FILES = ("test_functional", "test_security")
# used only when a rule carries no CWE in its metadata
RULE_CWE: dict[int, tuple[str, ...]] = {
    89: ("sql-fstring-query", "sql-percent-format-query", "sql-concat-query", "sql-format-method-query"),
    78: ("subprocess-shell-true", "os-system-call", "os-popen-call"),
    79: ("jinja2-autoescape-false", "markup-from-format"),
    22: ("open-user-path", "tarfile-extractall"),
    95: ("eval-call",), 94: ("exec-call",),
    502: ("yaml-unsafe-load", "pickle-load", "marshal-load"),
    798: ("hardcoded-password", "hardcoded-secret-key"),
    328: ("md5-hash", "sha1-hash"), 327: ("weak-cipher",), 338: ("insecure-random-token",),
    295: ("requests-verify-false", "ssl-unverified-context"), 611: ("xml-external-entities",),
    377: ("tempfile-mktemp",), 732: ("chmod-permissive",), 918: ("ssrf-user-url",), 601: ("open-redirect",),
    1333: ("regex-nested-quantifier",), 489: ("flask-debug-true",), 209: ("traceback-exposed",),
    117: ("log-injection",), 400: ("requests-no-timeout",),
}


@dataclass(frozen=True)
class Outcome:
    """Counts of one test file's results under one module."""

    passed: int = 0
    failed: int = 0
    errors: int = 0
    skipped: int = 0

    @property
    def passes(self) -> bool:
        return self.passed > 0 and not (self.failed or self.errors or self.skipped)

    @property
    def fails(self) -> bool:
        # an exploit check must fail by assertion, not by a crash in collection or setup
        return self.failed > 0 and not (self.errors or self.skipped)

    def show(self) -> str:
        if self.errors:
            return "ERROR"
        return f"{self.passed}/{self.passed + self.failed + self.skipped}"


@dataclass(frozen=True)
class Report:
    name: str
    cwe: tuple[int, ...]
    problems: tuple[str, ...]
    results: dict[tuple[str, str], Outcome]  # (module, test file) -> outcome
    detected: str = "-"
    fixed_clean: str = "-"
    hook_detected: str = "-"  # the same two answers from aiharden's own scan (semgrep and bandit)
    hook_clean: str = "-"


def normalize(dist: str) -> str:
    return re.sub(r"[-_.]+", "-", dist).lower()


@functools.lru_cache(maxsize=None)
def module_distributions() -> dict[str, list[str]]:
    return dict(importlib.metadata.packages_distributions())


@functools.lru_cache(maxsize=None)
def installed(dist: str) -> bool:
    try:
        importlib.metadata.distribution(dist)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def third_party_imports(case: Path) -> set[str]:
    """Distributions imported by a case's modules and tests (the test runner itself aside)."""
    local = {p.stem for p in case.glob("*.py")} | {"pytest"}
    dists = module_distributions()
    found: set[str] = set()
    for path in case.glob("*.py"):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue  # the case's own tests report it
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            else:
                continue
            for top in (n.split(".")[0] for n in names):
                if top not in sys.stdlib_module_names and top not in local:
                    found.update(normalize(d) for d in dists.get(top, [top]))
    return found


def check_meta(case: Path) -> tuple[tuple[int, ...], list[str]]:
    problems = [f"missing {f}" for f in CASE_FILES if not (case / f).is_file()]
    if not NAME_RE.match(case.name):
        problems.append("folder name is not NN-short-name (bNNN-, hNNN-, fNNN-, sNNN-, uNNN-short-name in the blind, holdout, fresh, sealed and unseen sets)")
    try:
        meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return (), [*problems, f"meta.json: {exc}"]
    for key, typ in META_TYPES.items():
        if not isinstance(meta.get(key), typ):
            problems.append(f"meta.json: {key} missing or not {typ.__name__}")
    cwe = meta.get("cwe") if isinstance(meta.get("cwe"), list) else []
    if not cwe or not all(isinstance(c, int) and not isinstance(c, bool) for c in cwe):
        problems.append("meta.json: cwe must be a non-empty list of integers")
        cwe = []
    if meta.get("id") != case.name:
        problems.append("meta.json: id differs from the folder name")
    if meta.get("language") != "python":
        problems.append("meta.json: language is not python")
    if isinstance(meta.get("entry"), str) and not (case / meta["entry"]).is_file():
        problems.append(f"meta.json: entry {meta['entry']} does not exist")
    deps = meta.get("deps") if isinstance(meta.get("deps"), list) else []
    missing = sorted(third_party_imports(case) - {normalize(str(d)) for d in deps})
    if missing:
        problems.append(f"meta.json: deps lacks {', '.join(missing)}")
    for dep in map(str, deps):
        if not installed(dep):
            problems.append(f"dependency {dep} is not installed (pip install {dep})")
    if (case / "app.py").is_file():
        lines = len((case / "app.py").read_text(encoding="utf-8").splitlines())
        if not 20 <= lines <= 80:
            problems.append(f"app.py has {lines} lines, not 20-80")
    return tuple(cwe), problems


def parse_junit(path: Path) -> dict[str, Outcome]:
    counts = {name: [0, 0, 0, 0] for name in TEST_FILES}
    for tc in ET.parse(path).getroot().iter("testcase"):
        owner = (tc.get("classname") or tc.get("name") or "").split(".")[0]
        if owner not in counts:
            continue
        kinds = {child.tag for child in tc}
        slot = 2 if "error" in kinds else 1 if "failure" in kinds else 3 if "skipped" in kinds else 0
        counts[owner][slot] += 1
    return {name: Outcome(*c) for name, c in counts.items()}


Pair = tuple[Path, str]  # (case folder, module under test)


def prepare(case: Path, module: str, tmp: Path) -> tuple[Path, list[str], dict[str, str]]:
    """Copy the case into `tmp`; return the copy, pytest's arguments and the environment changes."""
    work = tmp / case.name
    shutil.copytree(case, work, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    ini = tmp / "pytest.ini"
    ini.write_text("[pytest]\n", encoding="utf-8")
    args = [
        "-q", "-p", "no:cacheprovider", "-c", str(ini), "--rootdir", str(work),
        f"--junitxml={tmp / 'junit.xml'}", *(f"{t}.py" for t in TEST_FILES),
    ]
    env = {
        "CASE_MODULE": module, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(work),
        # cases need no plugins, and autoloading every installed one costs about 2 s per run
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    }
    return work, args, env


def outcome_of(tmp: Path) -> dict[str, Outcome]:
    junit = tmp / "junit.xml"
    if not junit.is_file():  # killed, crashed or timed out before pytest wrote its report
        return {t: Outcome(errors=1) for t in TEST_FILES}
    return parse_junit(junit)


def run_forked(case: Path, module: str, tmp: Path) -> int:
    """Start one pytest run in a forked child; pytest is already imported, which saves most of the start-up."""
    work, args, env = prepare(case, module, tmp)
    pid = os.fork()
    if pid:
        return pid
    code = 70
    try:
        os.setpgrp()  # so a timeout can kill whatever the tests started too
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        os.chdir(work)
        os.environ.update(env)
        sys.path.insert(0, str(work))
        for local in [p.stem for p in work.glob("*.py")]:
            sys.modules.pop(local, None)  # a same-named module the parent imported must not stand in
        import pytest

        code = int(pytest.main(args))
    finally:
        os._exit(code)


def run_pairs_forked(pairs: Sequence[Pair], jobs: int, timeout: float) -> dict[Pair, dict[str, Outcome]]:
    import pytest  # noqa: F401  (imported once here, inherited by every forked run)

    results: dict[Pair, dict[str, Outcome]] = {}
    pending = list(pairs)
    running: dict[int, tuple[Pair, Path, float]] = {}
    while pending or running:
        while pending and len(running) < jobs:
            pair = pending.pop(0)
            tmp = Path(tempfile.mkdtemp(prefix="aiharden-case-"))
            running[run_forked(pair[0], pair[1], tmp)] = (pair, tmp, time.monotonic() + timeout)
        reaped = False
        for pid, (pair, tmp, deadline) in list(running.items()):
            if os.waitpid(pid, os.WNOHANG)[0]:
                del running[pid]
                results[pair] = outcome_of(tmp)
                shutil.rmtree(tmp, ignore_errors=True)
                reaped = True
            elif time.monotonic() > deadline:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pid, signal.SIGKILL)
        if not reaped:
            time.sleep(0.01)
    return results


def run_pair_subprocess(case: Path, module: str, timeout: float) -> dict[str, Outcome]:
    with tempfile.TemporaryDirectory(prefix="aiharden-case-") as name:
        tmp = Path(name)
        work, args, env = prepare(case, module, tmp)
        cmd = [sys.executable, "-m", "pytest", *args]
        with contextlib.suppress(subprocess.TimeoutExpired):
            subprocess.run(
                cmd, cwd=work, env={**os.environ, **env}, capture_output=True, timeout=timeout, check=False,
            )
        return outcome_of(tmp)


# OpenSSL's state does not survive a fork of a process whose other threads hold its locks (a test suite that
# ran onnxruntime or a thread pool first): cases that use it get a fresh interpreter
_NO_FORK = {"cryptography", "pyopenssl"}


def run_pairs(pairs: Sequence[Pair], jobs: int, timeout: float) -> dict[Pair, dict[str, Outcome]]:
    """Run both test files of each (case, module) pair in a throwaway copy of the case."""
    fresh = [p for p in pairs if not hasattr(os, "fork") or third_party_imports(p[0]) & _NO_FORK]
    results = run_pairs_forked([p for p in pairs if p not in fresh], max(1, jobs), timeout) if len(fresh) < len(pairs) \
        else {}
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        outcomes = pool.map(lambda pair: run_pair_subprocess(pair[0], pair[1], timeout), fresh)
        results.update(zip(fresh, outcomes))
    return results


def contract_problems(results: dict[tuple[str, str], Outcome]) -> list[str]:
    problems = []
    for module in ("app", "fixed"):
        if not results[(module, "test_functional")].passes:
            problems.append(f"test_functional does not pass on {module}")
    if not results[("app", "test_security")].fails:
        problems.append("test_security does not fail on app")
    if not results[("fixed", "test_security")].passes:
        problems.append("test_security does not pass on fixed")
    return problems


def semgrep_exe() -> str | None:
    here = Path(sys.executable).parent / "semgrep"
    return str(here) if here.exists() else shutil.which("semgrep")


def rule_cwes(result: dict[str, object]) -> set[int]:
    extra = result.get("extra")
    meta = extra.get("metadata", {}) if isinstance(extra, dict) else {}
    raw = meta.get("cwe", []) if isinstance(meta, dict) else []
    found = {int(m) for item in (raw if isinstance(raw, list) else [raw]) for m in CWE_RE.findall(str(item))}
    if not found:
        rule = str(result.get("check_id", "")).rsplit(".", 1)[-1]  # the prefix depends on the config path
        found = {cwe for cwe, ids in RULE_CWE.items() if rule in ids}
    return found


def scan_cwes(rules: Path, paths: Sequence[Path]) -> tuple[dict[Path, set[int]], str]:
    """CWE ids the bundled rules report per file, or an empty map and a short note why not."""
    exe = semgrep_exe()
    if not exe:
        return {}, "no-semgrep"
    if not any(rules.glob("*.y*ml")):
        return {}, "no-rules"
    env = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"}
    base = [exe, "scan", "--metrics=off", "--disable-version-check", "--json", "--quiet", "--config", str(rules)]
    data: dict[str, object] = {}
    for extra in (["--experimental"], []):  # the native engine is fast; the default one is the fallback
        try:
            proc = subprocess.run(
                [*base, *extra, *map(str, paths)], env=env, capture_output=True, text=True, timeout=300, check=False,
            )
            data = json.loads(proc.stdout or "{}")
        except (OSError, ValueError, subprocess.TimeoutExpired):
            data = {}
        if isinstance(data.get("results"), list):
            break
    results = data.get("results")
    if not isinstance(results, list):
        return {}, "scan-error"
    found: dict[Path, set[int]] = {}
    for result in results:
        path = Path(str(result.get("path", ""))).resolve()
        found.setdefault(path, set()).update(rule_cwes(result))
    return found, ""


def hook_cwes(paths: Sequence[Path]) -> tuple[dict[Path, set[int]], str]:
    """CWE ids per file as aiharden itself reports them (one scan_texts call), or a note why not."""
    try:
        from aiharden.scan import scan_texts
    except ImportError:
        return {}, "no-aiharden"
    rel = {f"{p.parent.name}/{p.name}": p for p in paths}
    result = scan_texts({key: p.read_text(encoding="utf-8") for key, p in rel.items()})
    if result.errors:
        return {}, "scan-error"
    found: dict[Path, set[int]] = {}
    for finding in result.findings:
        found.setdefault(rel[finding.path], set()).update(finding.cwe)
    return found, ""


def columns_from(
    cases: Sequence[Path], cwes: dict[str, tuple[int, ...]], found: dict[Path, set[int]], note: str,
) -> dict[str, tuple[str, str]]:
    """Per case: is app.py flagged with one of its CWEs, is fixed.py free of them."""
    if note:
        return {c.name: (note, note) for c in cases}
    columns = {}
    for case in cases:
        want = set(cwes.get(case.name, ()))
        app_hit = bool(want & found.get((case / "app.py").resolve(), set()))
        fixed_hit = bool(want & found.get((case / "fixed.py").resolve(), set()))
        columns[case.name] = ("yes" if app_hit else "no", "no" if fixed_hit else "yes")
    return columns


def as_json(report: Report) -> dict[str, object]:
    return {
        "case": report.name, "cwe": list(report.cwe), "ok": not report.problems, "problems": list(report.problems),
        "results": {f"{m}/{t}": vars(o) for (m, t), o in sorted(report.results.items())},
        "detected": report.detected, "fixed_clean": report.fixed_clean,
        "hook_detected": report.hook_detected, "hook_clean": report.hook_clean,
    }


def print_table(reports: Sequence[Report]) -> None:
    head = (
        "case", "cwe", "func app", "func fixed", "sec app", "sec fixed",
        "detected", "fixed-clean", "hook-det", "hook-clean", "ok",
    )
    rows = [head]
    for r in reports:
        cell = {k: (v.show() if v else "-") for k, v in r.results.items()}
        rows.append((
            r.name, ",".join(map(str, r.cwe)) or "?",
            cell.get(("app", "test_functional"), "-"), cell.get(("fixed", "test_functional"), "-"),
            cell.get(("app", "test_security"), "-"), cell.get(("fixed", "test_security"), "-"),
            r.detected, r.fixed_clean, r.hook_detected, r.hook_clean, "ok" if not r.problems else "NO",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    for r in reports:
        for problem in r.problems:
            print(f"{r.name}: {problem}")


def check_cases(
    cases: Sequence[Path], *, scan: bool = True, jobs: int = 2, timeout: float = 60.0, tests: bool = True,
) -> list[Report]:
    """Check the given case folders against the contract; one report per case, in order. tests=False runs
    only the scans (the contract's test columns stay empty and are not judged)."""
    metas = {case.name: check_meta(case) for case in cases}
    pairs = [(case, module) for case in cases for module in ("app", "fixed")] if tests else []
    by_case: dict[str, dict[tuple[str, str], Outcome]] = {case.name: {} for case in cases}
    for (case, module), result in run_pairs(pairs, jobs, timeout).items():
        for test, outcome in result.items():
            by_case[case.name][(module, test)] = outcome

    columns: dict[str, tuple[str, str]] = {}
    hook: dict[str, tuple[str, str]] = {}
    if scan:
        cwes = {n: m[0] for n, m in metas.items()}
        files = [(c / f).resolve() for c in cases for f in ("app.py", "fixed.py")]
        columns = columns_from(cases, cwes, *scan_cwes(RULES_DIR, files))
        hook = columns_from(cases, cwes, *hook_cwes(files))
    reports = []
    for case in cases:
        cwe, problems = metas[case.name]
        problems += contract_problems(by_case[case.name]) if tests else []
        det, clean = columns.get(case.name, ("-", "-"))
        hook_det, hook_clean = hook.get(case.name, ("-", "-"))
        reports.append(
            Report(case.name, cwe, tuple(problems), by_case[case.name], det, clean, hook_det, hook_clean)
        )
    return reports


def all_cases(which: str = "both") -> list[Path]:
    """Every case folder of one set, or of every set ("all", "both"), in name order."""
    folders = [SETS[which]] if which in SETS else list(SETS.values())
    return sorted(p for folder in folders if folder.is_dir() for p in folder.iterdir()
                  if p.is_dir() and not p.name.startswith((".", "_")))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("cases", nargs="*", help="case folder names (default: all)")
    parser.add_argument("--no-scan", action="store_true", help="skip the semgrep columns")
    parser.add_argument("--scan-only", action="store_true", help="only the scan columns: no pytest runs")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per pytest run")
    parser.add_argument("--json", metavar="FILE", help="also write the reports as JSON")
    parser.add_argument("--set", choices=("dev", "blind", "holdout", "fresh", "sealed", "unseen", "both", "all"), default="both")
    args = parser.parse_args(argv)

    every = all_cases(args.set)
    if args.cases:
        by_name = {p.name: p for p in every}
        names = [Path(n).name for n in args.cases]
        unknown = [n for n in names if n not in by_name]
        if unknown:
            print(f"unknown case(s): {', '.join(unknown)}", file=sys.stderr)
            return 2
        every = [by_name[n] for n in names]

    reports = check_cases(every, scan=not args.no_scan, jobs=args.jobs, timeout=args.timeout,
                          tests=not args.scan_only)
    print_table(reports)
    if args.json:
        Path(args.json).write_text(json.dumps([as_json(r) for r in reports], indent=2) + "\n", encoding="utf-8")
    bad = sum(1 for r in reports if r.problems)
    distinct = {c for r in reports for c in r.cwe}

    def count(attr: str) -> int:
        return sum(1 for r in reports if getattr(r, attr) == "yes")

    kept = "contract not run (--scan-only)" if args.scan_only else f"{len(reports) - bad} keep the contract"
    print(f"{len(reports)} cases, {len(distinct)} distinct CWEs, {kept}")
    if not args.no_scan:
        print(
            f"bundled rules: {count('detected')} detected, {count('fixed_clean')} fixed clean; "
            f"aiharden scan (semgrep + bandit): {count('hook_detected')} detected, {count('hook_clean')} fixed clean"
        )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
