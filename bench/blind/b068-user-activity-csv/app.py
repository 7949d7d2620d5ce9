"""Generate per-user activity exports that the web layer streams back as downloads."""
from __future__ import annotations

import csv
import os
from datetime import datetime
from typing import Iterable, TypedDict

TMP_DIR = "/tmp"


class Event(TypedDict):
    when: datetime
    action: str
    target: str


def _export_path(username: str) -> str:
    return f"{TMP_DIR}/{username}_activity.csv"


def build_activity_export(username: str, events: Iterable[Event]) -> str:
    """Write the user's events to a CSV file and return its path.

    The caller is responsible for deleting the file once it has been sent.
    """
    path = _export_path(username)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["timestamp", "action", "target"])
        for event in events:
            writer.writerow([event["when"].isoformat(timespec="seconds"),
                             event["action"], event["target"]])
    return path


def discard_export(path: str) -> None:
    """Remove a finished export, ignoring files that are already gone."""
    try:
        os.remove(path)
    except FileNotFoundError:
        pass
