"""Load per-job settings that users upload as small Python-style config files.

Example upload::

    # nightly export
    JOB_NAME = "export"
    RETRIES = 3
    TARGETS = ["s3://bucket/a", "s3://bucket/b"]
    OPTIONS = {"compress": True, "level": 6}
"""
from pathlib import Path
from typing import Any, Dict, Union

DEFAULTS: Dict[str, Any] = {"RETRIES": 1, "TIMEOUT": 30, "ENABLED": True}


def parse_settings(source: str) -> Dict[str, Any]:
    """Return the UPPER_CASE names assigned in ``source``.

    Raises ValueError if the text is not a valid settings file.
    """
    namespace: Dict[str, Any] = {}
    try:
        exec(compile(source, "<settings>", "exec"), {}, namespace)
    except SyntaxError as exc:
        raise ValueError(f"invalid settings: {exc}") from exc
    return {key: value for key, value in namespace.items() if key.isupper() and not key.startswith("_")}


def load_job_settings(config: Union[str, Path]) -> Dict[str, Any]:
    """Read an uploaded settings file and merge it over DEFAULTS."""
    text = Path(config).read_text(encoding="utf-8")
    merged = dict(DEFAULTS)
    merged.update(parse_settings(text))
    return merged
