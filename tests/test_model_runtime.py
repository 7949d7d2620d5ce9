"""The shipped repair model through the runtime: onnxruntime + tokenizers + numpy, on CPU."""
from __future__ import annotations

import ast
import shutil
from pathlib import Path
from typing import Any

import pytest

from aiharden.repair.model import ModelUnavailable
from aiharden.repair.model import RepairModel
from aiharden.repair.model import RepairRequest
from aiharden.repair.model import _beam_search
from aiharden.repair.model import default_model_dir

YAML = "import yaml\n\n\ndef read(path):\n    with open(path) as f:\n        return yaml.load(f)\n"
SQL = 'def find(cur, name):\n    cur.execute(f"SELECT id FROM users WHERE name = \'{name}\'")\n    return cur.fetchone()\n'
MD5 = "import hashlib\n\ndigest = hashlib.md5(payload).hexdigest()\n"
SHELL = 'import subprocess\n\n\ndef ping(host):\n    subprocess.run(f"ping -c 1 {host}", shell=True)\n'
REQUESTS = [
    RepairRequest(502, "yaml-unsafe-load", YAML, 6, 6),
    RepairRequest(89, "sql-fstring-query", SQL, 2, 2),
    RepairRequest(328, "md5-hash", MD5, 3, 3),
    RepairRequest(78, "subprocess-shell-true", SHELL, 5, 5),
]


@pytest.fixture(scope="module")
def model() -> RepairModel:
    return RepairModel.load(device="cpu")


def _apply(r: RepairRequest, text: str) -> str:
    lines = r.source.splitlines(keepends=True)
    return "".join(lines[: r.start_line - 1]) + text + "".join(lines[r.end_line :])


def test_shipped_model_is_small_and_complete() -> None:
    d = default_model_dir()
    names = {p.name for p in d.iterdir()}
    assert {"encoder_model.onnx", "decoder_model.onnx", "decoder_with_past_model.onnx", "tokenizer.json", "repair-model.json"} <= names
    assert sum(p.stat().st_size for p in d.iterdir() if p.is_file()) <= 25 * 1024 * 1024


def test_loads_on_cpu(model: RepairModel) -> None:
    assert model.providers == ("CPUExecutionProvider",)
    assert RepairModel.load(device="auto").providers[0] in ("CPUExecutionProvider", "CUDAExecutionProvider")


def test_batched_n_best(model: RepairModel) -> None:
    calls: list[int] = []

    class Spy:  # counts encoder calls on the real session
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def run(self, *a: Any, **k: Any) -> Any:
            calls.append(1)
            return self.inner.run(*a, **k)

        def get_providers(self) -> Any:
            return self.inner.get_providers()

    model.encoder, real = Spy(model.encoder), model.encoder
    try:
        outs = model.generate(REQUESTS, n_best=4)
    finally:
        model.encoder = real
    assert calls == [1]
    assert len(outs) == len(REQUESTS)
    for r, cands in zip(REQUESTS, outs):
        assert len(cands) <= 4 and len(set(cands)) == len(cands)
        original = "".join(r.source.splitlines(keepends=True)[r.start_line - 1 : r.end_line])
        for c in cands:
            assert c.endswith("\n") and c != original
            ast.parse(_apply(r, c))
            assert c.startswith(original[: len(original) - len(original.lstrip())])  # indentation restored
    assert any("yaml.safe_load(f)" in c for c in outs[0])
    assert any("hashlib.sha256(payload)" in c for c in outs[2])


def test_greedy_gives_at_most_one(model: RepairModel) -> None:
    outs = model.generate(REQUESTS[:2], n_best=1)
    assert [len(o) <= 1 for o in outs] == [True, True]
    assert len(outs[0]) == 1 and "yaml.safe_load(" in outs[0][0]


def test_no_requests_no_work(model: RepairModel) -> None:
    assert model.generate([], n_best=4) == []


def test_out_of_range_request_gets_no_candidates(model: RepairModel) -> None:
    outs = model.generate([RepairRequest(95, "eval-call", "x = 1\n", 7, 7), REQUESTS[2]], n_best=2)
    assert outs[0] == [] and len(outs) == 2


def test_region_at_end_of_file_without_newline(model: RepairModel) -> None:
    r = RepairRequest(502, "yaml-unsafe-load", "import yaml\nconf = yaml.load(text)", 2, 2)
    out = model.generate([r], n_best=2)[0]
    assert out and all(not c.endswith("\n") for c in out)


def test_decoder_only_emits_placeholders_from_its_input(model: RepairModel) -> None:
    enc, ids = model._encode(REQUESTS[2])
    hyps = _beam_search(model, [ids], [enc.mapping], 4)[0]
    absent = {t for ph, t in model.placeholder_ids.items() if ph not in enc.mapping}
    assert hyps and absent and not any(set(h) & absent for h in hyps)


def _copy(tmp_path: Path) -> Path:
    d = tmp_path / "model"
    shutil.copytree(default_model_dir(), d)
    return d


@pytest.mark.parametrize("damage", ["truncate-encoder", "garbage-decoder", "no-tokenizer", "bad-tokenizer", "no-decoder", "bad-config"])
def test_damaged_model_dir_is_unavailable(tmp_path: Path, damage: str) -> None:
    d = _copy(tmp_path)
    target = {"truncate-encoder": "encoder_model.onnx", "garbage-decoder": "decoder_with_past_model.onnx",
              "no-tokenizer": "tokenizer.json", "bad-tokenizer": "tokenizer.json", "no-decoder": "decoder_model.onnx",
              "bad-config": "repair-model.json"}[damage]
    p = d / target
    if damage == "truncate-encoder":
        p.write_bytes(p.read_bytes()[: p.stat().st_size // 3])
    elif damage in ("garbage-decoder", "bad-tokenizer", "bad-config"):
        p.write_bytes(b"\x00not a model{")
    else:
        p.unlink()
    with pytest.raises(ModelUnavailable) as e:
        RepairModel.load(d, "cpu")
    msg = str(e.value)
    assert "\n" not in msg and "scan-only" in msg and (target in msg or str(d) in msg)


def test_missing_dir_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable, match="no model directory"):
        RepairModel.load(tmp_path / "nowhere")


def test_cuda_without_gpu_is_unavailable() -> None:
    import onnxruntime as ort

    if "CUDAExecutionProvider" in ort.get_available_providers():
        pytest.skip("onnxruntime-gpu installed: this check is for CPU-only installs")
    with pytest.raises(ModelUnavailable, match="cuda"):
        RepairModel.load(device="cuda")


def test_unknown_device_is_unavailable() -> None:
    with pytest.raises(ModelUnavailable, match="expected auto, cpu or cuda"):
        RepairModel.load(device="tpu")
