"""The model recipe's code paths end to end, with a throwaway tiny model trained for a few steps.

This is the one test that trains (about 30 s on 2 cores); it needs the `train` extra and never
touches the shipped artifact.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from realpairs import real_pairs_folder

pytest.importorskip("torch", reason="the recipe needs the train extra (torch)")
pytest.importorskip("optimum.exporters.onnx", reason="the recipe needs the train extra (optimum-onnx)")

from aiharden.repair.model import RepairModel  # noqa: E402
from aiharden.repair.model import RepairRequest  # noqa: E402
from models import export  # noqa: E402
from models import train  # noqa: E402
from models.data import generate  # noqa: E402

def test_tiny_recipe_end_to_end_trains_a_throwaway_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, out, model_dir = tmp_path / "data", tmp_path / "train", tmp_path / "model"
    assert generate.main(["--out", str(data), "--train", "300", "--test", "20",
                          "--real", str(real_pairs_folder(tmp_path))]) == 0
    first = json.loads((data / "synthetic-train.jsonl").read_text().splitlines()[0])
    assert {"rule_id", "cwe", "before", "region", "after", "fixed", "split"} <= set(first)

    args = ["--data", str(data), "--out", str(out), "--size", "tiny", "--pretrain-steps", "3", "--finetune-steps", "4",
            "--corpus-mb", "0.1", "--batch", "8", "--ckpt-minutes", "0"]
    assert train.main(args) == 0
    assert (out / "tokenizer.json").is_file() and (out / "pretrain" / "final").is_dir()
    # A second run with more steps resumes from the fine-tuning checkpoint instead of starting over.
    assert train.main(args[:-6] + ["--finetune-steps", "6", "--corpus-mb", "0.1", "--batch", "8", "--ckpt-minutes", "0"]) == 0
    assert "finetune: resumed at step 4" in capsys.readouterr().err

    assert export.main([str(out / "finetune" / "final"), "--tokenizer", str(out / "tokenizer.json"), "--out", str(model_dir),
                        "--recipe", str(out / "recipe.json")]) == 0
    names = {p.name for p in model_dir.iterdir()}
    assert names == {"encoder_model.onnx", "decoder_model.onnx", "decoder_with_past_model.onnx", "tokenizer.json", "repair-model.json"}
    meta = json.loads((model_dir / "repair-model.json").read_text())
    assert meta["eos_token_id"] == 1 and meta["pad_token_id"] == 0 and meta["format_version"] >= 1
    assert meta["artifacts_sha256"] == {n: train.sha256_file(model_dir / n) for n in names - {"repair-model.json"}}
    assert meta["recipe"]["data_sha256"]["synthetic-train.jsonl"] == train.sha256_file(data / "synthetic-train.jsonl")

    # --base: fine-tune an existing Hugging Face T5 checkpoint with its own tokenizer.json, no pre-training.
    base = out / "finetune" / "final"
    shutil.copy(out / "tokenizer.json", base / "tokenizer.json")
    based = tmp_path / "based"
    assert train.main(["--data", str(data), "--out", str(based), "--base", str(base), "--finetune-steps", "2", "--batch", "8"]) == 0
    assert (based / "finetune" / "final").is_dir() and not (based / "pretrain").exists()

    model = RepairModel.load(model_dir, "cpu")
    src = "import yaml\n\n\ndef read(path):\n    with open(path) as f:\n        return yaml.load(f)\n"
    reqs = [RepairRequest(502, "yaml-unsafe-load", src, 6, 6), RepairRequest(95, "eval-call", "x = eval(data)\n", 1, 1)]
    outs = model.generate(reqs, n_best=2)
    assert len(outs) == 2 and all(isinstance(o, list) and len(o) <= 2 for o in outs)
    assert all(c.endswith("\n") for o in outs for c in o)
