"""Export a trained checkpoint to ONNX with optimum, quantise it to int8, and write the runtime's files.

Result: encoder_model.onnx, decoder_model.onnx, decoder_with_past_model.onnx (int8), tokenizer.json
and repair-model.json (format version, special ids, max lengths, which decoder files exist).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from aiharden.repair.prompt import CONTROL_TOKENS
from aiharden.repair.prompt import FORMAT_VERSION
from models.train import sha256_file

FILES = ("encoder_model.onnx", "decoder_model.onnx", "decoder_with_past_model.onnx")


def export(checkpoint: Path, tokenizer: Path, out: Path, max_src: int = 192, max_tgt: int = 96,
           recipe: Path | None = None) -> int:
    """Export checkpoint into out; returns the total size in bytes.

    repair-model.json records the sha256 of every file written (artifacts) and, from the training
    run's recipe.json, its settings and the sha256 of its data and tokenizer.
    """
    from onnxruntime.quantization import QuantType
    from onnxruntime.quantization import quantize_dynamic
    from optimum.exporters.onnx import main_export
    from transformers import T5Config

    if importlib.util.find_spec("accelerate") is not None:
        # With accelerate the tied lm_head exports as Transpose + fp32 MatMul: 2x slower decoding after int8.
        print("warning: accelerate is installed; the exported decoder will be slower", file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        main_export(str(checkpoint), output=tmp, task="text2text-generation-with-past", no_post_process=True)
        for name in FILES:
            quantize_dynamic(Path(tmp) / name, out / name, weight_type=QuantType.QInt8, extra_options={"EnableSubgraph": True})
    shutil.copy(tokenizer, out / "tokenizer.json")
    cfg = T5Config.from_pretrained(checkpoint)
    meta = {
        "format_version": FORMAT_VERSION,
        "model_type": cfg.model_type,
        "pad_token_id": cfg.pad_token_id,
        "eos_token_id": cfg.eos_token_id,
        "decoder_start_token_id": cfg.decoder_start_token_id,
        "control_tokens": list(CONTROL_TOKENS),
        "max_source_tokens": max_src,
        "max_target_tokens": max_tgt,
        "encoder": FILES[0],
        "decoder": FILES[1],
        "decoder_with_past": FILES[2],
        "artifacts_sha256": {name: sha256_file(out / name) for name in (*FILES, "tokenizer.json")},
    }
    if recipe is not None:
        meta["recipe"] = json.loads(recipe.read_text(encoding="utf-8"))
    (out / "repair-model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return sum(f.stat().st_size for f in out.iterdir() if f.is_file())


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("checkpoint", type=Path, help="a Hugging Face T5 checkpoint directory")
    ap.add_argument("--tokenizer", type=Path, default=Path("models/build/train/tokenizer.json"))
    ap.add_argument("--out", type=Path, default=Path("hook/aiharden/repair/model"))
    ap.add_argument("--recipe", type=Path, help="the training run's recipe.json (settings, data hashes)")
    a = ap.parse_args(argv)
    size = export(a.checkpoint, a.tokenizer, a.out, recipe=a.recipe)
    print(f"exported {a.checkpoint} -> {a.out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
