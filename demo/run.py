"""`make demo`: a throwaway repository with an AI-authored insecure commit, scanned by aiharden."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEMO = ROOT / ".aiharden-demo"
OUT = ROOT / "demo-out"
ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "Dev", "GIT_AUTHOR_EMAIL": "dev@example.com",
    "GIT_COMMITTER_NAME": "Dev", "GIT_COMMITTER_EMAIL": "dev@example.com",
    "GIT_CONFIG_GLOBAL": os.devnull, "SEMGREP_ENABLE_VERSION_CHECK": "0",
}
AI_MESSAGE = """Add user directory service

Co-Authored-By: Claude Sonnet 4.5 <noreply@anthropic.com>
"""


def git(*args: str) -> str:
    return subprocess.run(("git", *args), cwd=DEMO, env=ENV, check=True, capture_output=True, text=True).stdout


def say(text: str) -> None:
    bold, plain = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("", "")  # escape codes only on a terminal
    print(f"\n{bold}== {text}{plain}", flush=True)


def main() -> int:
    shutil.rmtree(DEMO, ignore_errors=True)
    DEMO.mkdir()
    OUT.mkdir(exist_ok=True)
    git("init", "-q", "-b", "main")
    (DEMO / "README.md").write_text("# user directory\n")
    git("add", "README.md")
    git("commit", "-q", "-m", "Initial commit")
    base = git("rev-parse", "HEAD").strip()
    shutil.copy(HERE / "insecure_app.py", DEMO / "app.py")
    (DEMO / "web").mkdir()
    shutil.copy(HERE / "insecure_report.js", DEMO / "web" / "reports.js")
    git("add", "app.py", "web/reports.js")
    git("commit", "-q", "-m", AI_MESSAGE)
    say(f"demo repository: {DEMO} (one AI-authored commit on top of {base[:8]})")
    print(git("log", "--format=%h %an: %s%n%b", "-2"))

    aiharden = Path(sys.executable).parent / "aiharden"
    sarif = OUT / "aiharden.sarif"
    cmd = [str(aiharden), "ci", "--repo", str(DEMO), "--base", base, "--sarif", str(sarif)]
    say("$ " + " ".join(cmd[0:1] + ["ci", "--base", base[:8], "--sarif", str(sarif.relative_to(ROOT))]))
    rc = subprocess.run(cmd, env=ENV).returncode
    say(f"exit code {rc} " + ("(findings at or above --fail-on medium, as expected)" if rc == 1 else ""))
    if rc not in (0, 1):
        return rc
    print(f"SARIF 2.1.0 written to {sarif} ({sarif.stat().st_size:,} bytes)")
    show_sarif(sarif)
    return 0


def show_sarif(path: Path) -> None:
    """What a code-scanning reader finds in the SARIF: each result's CWE and repair, and the run's statistics."""
    run = json.loads(path.read_text(encoding="utf-8"))["runs"][0]
    say("in the SARIF: results with their repair (properties.repair, fixes[])")
    for r in run["results"]:
        p, repair = r["properties"], r["properties"].get("repair") or {}
        line = r["locations"][0]["physicalLocation"]["region"]["startLine"]
        fixed = ", ".join(f"CWE-{c}" for c in repair.get("fixes_cwe", [])) or "-"
        introduced = ", ".join(f"CWE-{c}" for c in repair.get("introduces_cwe", [])) or "-"
        print(f"  line {line:>3}  {', '.join(p['cwe']):<8} {r['ruleId']:<22} {repair.get('status', '-'):<9}"
              f" {repair.get('verification') or '-':<8} fixes {fixed:<8} introduces {introduced:<8}"
              f" fixes[]: {len(r.get('fixes', []))}")
    stats = run["properties"]["repair"]
    say("in the SARIF: run.properties.repair")
    sources = ", ".join(f"{n} {s}" for s, n in stats["by_source"].items() if n) or "none"
    levels = ", ".join(f"{n} {lv}" for lv, n in stats["by_level"].items() if n) or "none"
    print(f"  findings {stats['findings']}, repaired {stats['repaired']}, partly {stats['partial']} (from: {sources};"
          f" verified: {levels}),"
          f" candidates {stats['candidates']}, model {stats['model']}"
          + (f" ({stats['by_source'].get('model', 0)} of the repairs came from it)" if stats["model"] == "loaded" else ""))
    for reason, n in stats["rejected_by_reason"].items():
        print(f"  turned down: {n} x {reason}")
    for e in stats["side_effects"]:
        print(f"  side effect: fixing {e['fixing']} introduced {e['introduced']} ({e['candidates']} candidate(s),"
              " none offered)")


if __name__ == "__main__":
    raise SystemExit(main())
