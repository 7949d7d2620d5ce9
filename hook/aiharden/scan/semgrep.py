"""semgrep as a subprocess: one call for every file of a run, bundled rules only, nothing leaves the machine."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiharden import cwe as cwe_catalog
from aiharden.errors import FatalError
from aiharden.languages import ALL
from aiharden.languages import of_scanned
from aiharden.scan.findings import Finding
from aiharden.scan.findings import Region
from aiharden.util import redact_literals
from aiharden.util import split_lines

SECRET_CWES = frozenset({259, 321, 798})

RULES_ROOT = Path(__file__).resolve().parent.parent / "rules"
RULES_DIR = RULES_ROOT / "python"
JOBS = max(1, min(8, os.cpu_count() or 1))  # semgrep's own default leaves one of two cores idle


@dataclass(frozen=True)
class SemgrepRun:
    findings: tuple[Finding, ...]
    errors: tuple[str, ...]  # "path: reason", one line each
    engine: str  # "native" or "default"


def cache_dir() -> Path:
    base = os.environ.get("AIHARDEN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "aiharden",
    )
    return Path(base)


def semgrep_exe() -> str:
    here = Path(sys.executable).parent / "semgrep"
    exe = str(here) if here.exists() else shutil.which("semgrep")
    if not exe:
        raise FatalError("semgrep is not installed: pip install 'semgrep>=1.150,<2' (it comes with aiharden)")
    return exe


def _env() -> dict[str, str]:
    cache = cache_dir() / "semgrep"
    cache.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update(
        SEMGREP_ENABLE_VERSION_CHECK="0",
        SEMGREP_SEND_METRICS="off",
        SEMGREP_SETTINGS_FILE=str(cache / "settings.yml"),
        SEMGREP_LOG_FILE=str(cache / "semgrep.log"),
        SEMGREP_VERSION_CACHE_PATH=str(cache / "version"),
    )
    return env


def rules_for(paths: Sequence[str]) -> tuple[Path, ...]:
    """The bundled rule folders of the languages among paths, Python's first."""
    present = {of_scanned(p) for p in paths}
    return tuple(RULES_ROOT / lang for lang in ALL if lang in present)


def _command(rules: Sequence[Path], paths: Sequence[str], native: bool, timeout: float, jobs: int) -> list[str]:
    cmd = [semgrep_exe(), "scan", "--metrics=off", "--disable-version-check", "--json", "--quiet", "--no-git-ignore"]
    for folder in rules:
        cmd += ["--config", str(folder)]
    cmd += ["--timeout", str(max(1, int(timeout))), "--jobs", str(jobs)]
    if native:
        cmd.append("--experimental")
    return cmd + ["--", *paths]


def start(root: Path, paths: Sequence[str], rules: Sequence[Path] = (RULES_DIR,), timeout: float = 60.0,
          native: bool = True, jobs: int = JOBS) -> subprocess.Popen[bytes]:
    """Start semgrep over paths (relative to root) with the rules of the given folders; collect() waits for it.
    jobs: semgrep's worker count (JOBS, or fewer when another engine runs beside it)."""
    # its own process group, so a timeout or Ctrl-C stops every process it started, not only the first
    return subprocess.Popen(
        _command(rules, paths, native, timeout, jobs), cwd=root, env=_env(),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Kill semgrep and anything it started; reap it."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.communicate()


def collect(proc: subprocess.Popen[bytes], texts: Mapping[str, str], timeout: float) -> tuple[int, dict[str, Any]]:
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        stop(proc)
        raise TimeoutError(f"semgrep ran past {timeout:.0f} s") from None
    except BaseException:  # Ctrl-C: a process in its own session does not get the terminal's SIGINT
        stop(proc)
        raise
    try:
        # paths come back as the bytes of the file names: a name that is not UTF-8 maps back as os.fsdecode does
        data = json.loads((out or b"{}").decode("utf-8", "surrogateescape"))
    except json.JSONDecodeError:
        data = {}
    if proc.returncode not in (0, 1) and not data.get("results"):
        lines = (err or out).decode(errors="replace").strip().splitlines()
        data["_failure"] = lines[-1] if lines else f"exit {proc.returncode}"
    return proc.returncode or 0, data


def run(root: Path, texts: Mapping[str, str], rules: Sequence[Path] = (RULES_DIR,),
        timeout: float = 120.0) -> SemgrepRun:
    """Scan texts (already written under root at their relative paths): native engine, default as a fallback."""
    paths = sorted(texts)
    if not paths:
        return SemgrepRun((), (), "native")
    for native in (True, False):
        _, data = collect(start(root, paths, rules, timeout / 2, native), texts, timeout)
        if "_failure" not in data:
            return parse(data, texts, "native" if native else "default")
    raise FatalError(f"semgrep failed: {data['_failure']}")


def _region(res: dict[str, Any]) -> Region:
    s, e = res["start"], res["end"]
    return Region(s["line"], s["col"], e["line"], e["col"])


def snippet(text: str, region: Region) -> str:
    """The flagged lines, counted as the engines count them (\\n only), without their line ends."""
    lines = split_lines(text)
    return "\n".join(ln.rstrip("\r") for ln in lines[region.start_line - 1 : region.end_line])


def safe_message(message: str, cwes: Sequence[int]) -> str:
    """One line; a message about a hard-coded secret may quote it (bandit does), so its literals go."""
    message = " ".join(message.split())
    return redact_literals(message) if SECRET_CWES.intersection(cwes) else message


def parse(data: dict[str, Any], texts: Mapping[str, str], engine: str) -> SemgrepRun:
    findings = []
    for res in data.get("results", []):
        path = res["path"]
        if path not in texts:
            continue
        extra = res.get("extra", {})
        meta = extra.get("metadata", {})
        cwes = tuple(dict.fromkeys(cwe_catalog.parse_cwe(c) for c in meta.get("cwe", [])))
        region = _region(res)
        findings.append(Finding(
            path=path,
            rule_id=res["check_id"].rsplit(".", 1)[-1],
            engine="semgrep",
            cwe=cwes,
            message=safe_message(extra.get("message", ""), cwes),
            region=region,
            snippet=snippet(texts[path], region),
            confidence=str(meta.get("confidence", "MEDIUM")).upper(),
            fix=extra.get("fix"),
        ))
    errors = []
    for err in data.get("errors", []):
        path = err.get("path") or (err.get("spans") or [{}])[0].get("file", "")
        kind = err.get("type", ["error"])
        kind = kind[0] if isinstance(kind, list) else kind
        msg = str(err.get("message", kind)).strip().splitlines()[0]
        if path:
            errors.append(f"{path}: semgrep {kind}: {msg} (partial results)")
        else:
            errors.append(f"semgrep: {msg}")
    return SemgrepRun(tuple(findings), tuple(errors), engine)
