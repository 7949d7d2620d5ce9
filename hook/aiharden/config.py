"""Settings: defaults, then [tool.aiharden] in the repository's pyproject.toml (or --config FILE), then flags."""
from __future__ import annotations

import dataclasses
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiharden.errors import FatalError
from aiharden.scan.bandit import DEFAULT_SKIP

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LEVELS = ("none", "low", "medium", "high", "critical")


@dataclass(frozen=True)
class Config:
    fail_on: str = "medium"
    all_lines: bool = False
    scope: str = "ai"
    max_file_bytes: int = 1_000_000
    semgrep_timeout: float = 120.0
    allow_incomplete: bool = False  # a scan an engine did not finish passes (exit code of its findings), not exit 2
    cache: bool = True  # semgrep results per file content and rule set, under the cache folder
    bandit_skip: tuple[str, ...] = DEFAULT_SKIP
    format: str = "text"
    sarif: str | None = None
    category: str = "aiharden"
    agents_file: str | None = None
    repair: str = "suggest"  # suggest, fix or off
    model: str | None = None  # a model directory; default: the bundled one
    device: str = "auto"  # auto, cpu or cuda
    n_best: int = 8  # the model's diverse n-best; the gate filters them
    test_cmd: str | None = None  # a shell command, or "auto": the project's pytest files that import the module
    test_timeout: float = 300.0
    probe: bool = True  # the exploit probes (verification level `exploit`)
    probe_timeout: float = 15.0  # one finding's probe: the original and every candidate
    repair_sources: tuple[str, ...] = ("codemod", "rule", "model")  # where candidates may come from
    fix_level: str = "exploit"  # --fix writes repairs verified at least this high: exploit (with tests) or static


def _key(name: str) -> str:
    return name.replace("-", "_")


def _coerce(field: dataclasses.Field[Any], value: Any, source: str) -> Any:
    default = field.default
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise FatalError(f"{source}: {field.name.replace('_', '-')} must be a list of strings")
        return tuple(value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise FatalError(f"{source}: {field.name.replace('_', '-')} must be true or false")
        return value
    if isinstance(default, (int, float)) and not isinstance(value, (int, float)):
        raise FatalError(f"{source}: {field.name.replace('_', '-')} must be a number")
    return value


def load(root: Path | None, config_file: str | None = None, overrides: Mapping[str, Any] | None = None) -> Config:
    table: dict[str, Any] = {}
    source = ""
    path = Path(config_file) if config_file else (root / "pyproject.toml" if root else None)
    if path is not None and (config_file or path.is_file()):
        source = str(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise FatalError(f"{path}: configuration file not found") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise FatalError(f"{path}: not valid TOML ({e})") from None
        table = data.get("tool", {}).get("aiharden", data if config_file and "tool" not in data else {})
    fields = {f.name: f for f in dataclasses.fields(Config)}
    values: dict[str, Any] = {}
    for name, value in table.items():
        key = _key(name)
        if key not in fields:
            raise FatalError(f"{source}: unknown setting {name!r} in [tool.aiharden]")
        values[key] = _coerce(fields[key], value, source)
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    cfg = Config(**values)
    if cfg.fail_on not in LEVELS:
        raise FatalError(f"fail-on must be one of {', '.join(LEVELS)}, not {cfg.fail_on!r}")
    if cfg.repair not in ("suggest", "fix", "off"):
        raise FatalError(f"repair must be 'suggest', 'fix' or 'off', not {cfg.repair!r}")
    if cfg.device not in ("auto", "cpu", "cuda"):
        raise FatalError(f"device must be 'auto', 'cpu' or 'cuda', not {cfg.device!r}")
    if not set(cfg.repair_sources) <= {"codemod", "rule", "model"}:
        raise FatalError(f"repair-sources must name codemod, rule or model, not {', '.join(cfg.repair_sources)!r}")
    if cfg.fix_level not in ("exploit", "static"):
        raise FatalError(f"fix-level must be 'exploit' or 'static', not {cfg.fix_level!r}")
    if cfg.scope not in ("ai", "all"):
        raise FatalError(f"scope must be 'ai' or 'all', not {cfg.scope!r}")
    return cfg
