#!/usr/bin/env python3
"""Generate Markdown release notes from the commits on a branch.

Usage: release_notes.py --branch release/2.4 --since v2.3.0 [--repo PATH]
"""
import argparse
import subprocess
import sys
from collections import defaultdict
from typing import Dict, List, Optional

SECTIONS = {"feat": "Features", "fix": "Bug fixes", "docs": "Documentation"}


def git_log(branch: str, since: Optional[str], repo: str) -> List[str]:
    """Return one-line commit subjects reachable from ``branch``."""
    for ref in (branch, since):
        if ref is not None and (not ref or ref.startswith("-")):
            raise ValueError(f"invalid git reference: {ref!r}")
    revision = f"{since}..{branch}" if since else branch
    result = subprocess.run(
        ["git", "log", "--no-merges", "--format=%s", revision, "--"],
        cwd=repo, capture_output=True, text=True, check=True,
    )
    return [line for line in result.stdout.splitlines() if line.strip()]


def current_sha(repo: str) -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo,
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def group_commits(subjects: List[str]) -> Dict[str, List[str]]:
    grouped: Dict[str, List[str]] = defaultdict(list)
    for subject in subjects:
        kind, sep, rest = subject.partition(":")
        section = SECTIONS.get(kind.strip().split("(")[0]) if sep else None
        grouped[section or "Other"].append((rest if section else subject).strip())
    return grouped


def render(branch: str, grouped: Dict[str, List[str]]) -> str:
    lines = [f"# Release notes for {branch}", ""]
    for title in list(SECTIONS.values()) + ["Other"]:
        if grouped.get(title):
            lines.append(f"## {title}")
            lines.extend(f"- {item}" for item in grouped[title])
            lines.append("")
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--branch", required=True)
    parser.add_argument("--since", default=None, help="tag or commit to start from")
    parser.add_argument("--repo", default=".")
    args = parser.parse_args(argv)
    subjects = git_log(args.branch, args.since, args.repo)
    print(render(args.branch, group_commits(subjects)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
