"""Nightly job that writes per-team revenue reports."""
from __future__ import annotations

import csv
import json
import os
from datetime import date
from pathlib import Path

REPORT_ROOT = Path("/var/reports")
DIR_MODE = 0o770  # owner + analytics group only
FILE_MODE = 0o660


def report_folder(root: Path, team: str, day: date) -> Path:
    """Return (and create) the folder for ``team``'s report on ``day``."""
    folder = root / team / day.isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, DIR_MODE)
    return folder


def write_team_report(root: Path, team: str, day: date, rows: list[dict]) -> list[Path]:
    """Write CSV and JSON summaries for one team; return the files written."""
    folder = report_folder(root, team, day)
    csv_path = folder / "revenue.csv"
    with open(csv_path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["account", "revenue"])
        writer.writeheader()
        writer.writerows(rows)
    summary = {"team": team, "date": day.isoformat(), "total": sum(r["revenue"] for r in rows)}
    json_path = folder / "summary.json"
    json_path.write_text(json.dumps(summary), encoding="utf-8")
    written = [csv_path, json_path]
    for path in written:
        os.chmod(path, FILE_MODE)
    return written


def run_nightly(teams: dict[str, list[dict]], day: date, root: Path = REPORT_ROOT) -> int:
    count = 0
    for team, rows in teams.items():
        count += len(write_team_report(root, team, day, rows))
    return count
