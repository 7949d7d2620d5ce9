"""Loading stored state."""
from __future__ import annotations

import base64
import json
import marshal
import pickle
import shelve
from pathlib import Path
from typing import Any

import jsonpickle
import pandas as pd
import torch
import yaml
import yaml as pyyaml
from safetensors.torch import load_file


def load_pipeline(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        # ruleid: yaml-unsafe-load
        return yaml.load(fh, Loader=yaml.Loader)


def load_settings(text: str) -> dict[str, Any]:
    # ruleid: yaml-unsafe-load
    return pyyaml.load(text)


def load_fixtures(text: str) -> list[Any]:
    # ruleid: yaml-unsafe-load
    data = yaml.unsafe_load(text)
    return list(data)


class ConfigLoader:
    def read(self, raw: str) -> dict[str, Any]:
        # ruleid: yaml-unsafe-load
        return yaml.load(
            raw,
            Loader=yaml.FullLoader,
        )


def load_pipeline_safe(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        # ok: yaml-unsafe-load
        return yaml.safe_load(fh)


def load_with_safe_loader(text: str) -> dict[str, Any]:
    # ok: yaml-unsafe-load
    return yaml.load(text, Loader=yaml.SafeLoader)


def read_json(text: str) -> dict[str, Any]:
    # ok: yaml-unsafe-load
    return json.loads(text)


def session_from_cookie(cookie: str) -> dict[str, Any]:
    # ruleid: pickle-load
    return pickle.loads(base64.b64decode(cookie))


def load_prefs(project: Path) -> dict[str, Any]:
    with open(project / ".prefs.pkl", "rb") as fh:
        # ruleid: pickle-load
        return pickle.load(fh)


def load_frame(path: str) -> pd.DataFrame:
    # ruleid: pickle-load
    return pd.read_pickle(path)


def session_from_cookie_safe(cookie: str) -> dict[str, Any]:
    # ok: pickle-load
    return json.loads(base64.b64decode(cookie))


def save_prefs(project: Path, prefs: dict[str, Any]) -> None:
    with open(project / ".prefs.pkl", "wb") as fh:
        # ok: pickle-load
        pickle.dump(prefs, fh)


def read_cache(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        # ruleid: marshal-load
        return marshal.load(fh)


def open_store(path: str) -> shelve.Shelf[Any]:
    # ruleid: marshal-load
    return shelve.open(path)


def write_cache(path: Path, report: dict[str, Any]) -> None:
    with path.open("wb") as fh:
        # ok: marshal-load
        marshal.dump(report, fh)


def read_cache_safe(path: Path) -> dict[str, Any]:
    # ok: marshal-load
    return json.loads(path.read_text(encoding="utf-8"))


def load_checkpoint(path: Path, model: torch.nn.Module) -> None:
    # ruleid: torch-load-unsafe
    state = torch.load(path, map_location="cpu")
    model.load_state_dict(state["model"])


def resume(run_dir: Path) -> dict[str, Any]:
    # ruleid: torch-load-unsafe
    return torch.load(run_dir / "optimizer.pt", weights_only=False)


def load_weights(path: Path, model: torch.nn.Module) -> None:
    # ok: torch-load-unsafe
    model.load_state_dict(torch.load(path, map_location="cpu", weights_only=True))


def load_safetensors(path: Path, model: torch.nn.Module) -> None:
    # ok: torch-load-unsafe
    model.load_state_dict(load_file(path, device="cpu"))


def restore_job(payload: str) -> Any:
    # ruleid: jsonpickle-decode
    return jsonpickle.decode(payload)


def restore_cart(raw: bytes) -> Any:
    # ruleid: jsonpickle-decode
    cart = jsonpickle.decode(raw.decode("utf-8"), keys=True, safe=True)
    return cart


def save_job(job: Any) -> str:
    # ok: jsonpickle-decode
    return jsonpickle.encode(job, unpicklable=False)


def restore_job_safe(payload: str) -> dict[str, Any]:
    # ok: jsonpickle-decode
    return json.loads(payload)
