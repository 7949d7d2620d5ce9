"""Load deployment settings from a YAML document uploaded through the admin UI."""
from __future__ import annotations

from typing import Any

import yaml

DEFAULTS: dict[str, Any] = {
    "workers": 2,
    "debug": False,
    "log_level": "INFO",
    "allowed_origins": [],
}
LOG_LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR"}


class ConfigError(ValueError):
    """Raised when the uploaded configuration is not acceptable."""


def load_config(text: str) -> dict[str, Any]:
    """Parse the uploaded YAML, merge it over the defaults and validate it."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("the top level of the document must be a mapping")
    config = {**DEFAULTS, **data}
    if not isinstance(config["workers"], int) or config["workers"] < 1:
        raise ConfigError("workers must be a positive integer")
    if str(config["log_level"]).upper() not in LOG_LEVELS:
        raise ConfigError(f"unknown log level {config['log_level']!r}")
    config["log_level"] = str(config["log_level"]).upper()
    return config
