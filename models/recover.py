"""A Hugging Face T5 checkpoint recovered from an exported int8 ONNX model, to fine-tune it further.

The shipped artifact is ONNX only. Its weights are still there: every MatMulInteger node is named
after the module it came from (`/decoder/block.0/layer.1/EncDecAttention/q/MatMul_quant`) and
holds the transposed Linear weight as int8 with a scale and a zero point; layer norms keep their
fp32 weights under their torch names; the embeddings are int8 Gathers. Dequantising gives the
fp32 model back up to int8 rounding (the same rounding the shipped model runs with).

Usage: python -m models.recover [MODEL_DIR] --out DIR   (DIR gets config.json, model weights, tokenizer.json)
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from models.train import sha256_file


def _weights(path: Path, prefix: str) -> dict[str, Any]:
    import numpy as np
    import onnx
    from onnx import numpy_helper

    g = onnx.load(str(path)).graph
    init = {i.name: numpy_helper.to_array(i) for i in g.initializer}

    def deq(name: str) -> Any:
        base = name[: -len("_quantized")]
        q = init[name].astype(np.float32)
        return (q - init[base + "_zero_point"].astype(np.float32)) * init[base + "_scale"].astype(np.float32)

    out: dict[str, Any] = {}
    for node in g.node:
        if node.op_type == "MatMulInteger" and node.input[1] in init:
            module = node.name.strip("/").rsplit("/", 1)[0]  # decoder/block.0/layer.1/EncDecAttention/q
            key = module.replace("/", ".")
            key = key if key.startswith(("encoder.", "decoder.", "lm_head")) else prefix + key
            out[key + ".weight"] = deq(node.input[1]).T.copy()
    for name in init:
        if name.endswith(".weight") and ("layer_norm" in name):
            out[name if name.startswith(("encoder.", "decoder.")) else prefix + name] = init[name]
        elif name.endswith(".weight_quantized"):
            key = name[: -len("_quantized")]
            if key in ("embed_tokens.weight", "shared.weight"):
                out["shared.weight"] = deq(name)
            else:
                out[key if key.startswith(("encoder.", "decoder.")) else prefix + key] = deq(name)
    return out


def recover(model_dir: Path, out: Path) -> Path:
    """Write a T5ForConditionalGeneration checkpoint (and the tokenizer) recovered from model_dir's ONNX files."""
    import torch
    from transformers import T5Config
    from transformers import T5ForConditionalGeneration

    w = _weights(model_dir / "encoder_model.onnx", "encoder.")
    dec = _weights(model_dir / "decoder_model.onnx", "decoder.")
    dec.pop("shared.weight", None)  # one shared embedding (tied); the encoder's copy is used
    w.update(dec)
    vocab, d_model = w["shared.weight"].shape
    n_enc = len({m.group(1) for k in w for m in [re.match(r"encoder\.block\.(\d+)\.", k)] if m})
    n_dec = len({m.group(1) for k in w for m in [re.match(r"decoder\.block\.(\d+)\.", k)] if m})
    buckets, heads = w["encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight"].shape
    inner = w["encoder.block.0.layer.0.SelfAttention.q.weight"].shape[0]
    cfg = T5Config(vocab_size=vocab, d_model=d_model, d_kv=inner // heads, num_heads=heads,
                   d_ff=w["encoder.block.0.layer.1.DenseReluDense.wi.weight"].shape[0], num_layers=n_enc,
                   num_decoder_layers=n_dec, relative_attention_num_buckets=buckets, dropout_rate=0.0,
                   feed_forward_proj="relu", tie_word_embeddings=True, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0)
    model = T5ForConditionalGeneration(cfg)
    state = model.state_dict()
    w.pop("lm_head.weight", None)  # tied to shared.weight
    missing = [k for k in state if k not in w and k not in ("encoder.embed_tokens.weight", "decoder.embed_tokens.weight", "lm_head.weight")]
    unknown = [k for k in w if k not in state]
    if missing or unknown:
        raise SystemExit(f"{model_dir}: cannot map the ONNX weights (missing {missing[:4]}, unknown {unknown[:4]})")
    for k, v in w.items():
        if tuple(state[k].shape) != tuple(v.shape):
            raise SystemExit(f"{model_dir}: {k} has shape {v.shape}, expected {tuple(state[k].shape)}")
    model.load_state_dict({k: torch.tensor(v) for k, v in w.items()}, strict=False)
    model.tie_weights()
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    shutil.copy(model_dir / "tokenizer.json", out / "tokenizer.json")
    files = ("encoder_model.onnx", "decoder_model.onnx", "tokenizer.json")
    source = {"recovered_from": str(model_dir), "sha256": {f: sha256_file(model_dir / f) for f in files}}
    (out / "recovered-from.json").write_text(json.dumps(source, indent=1) + "\n", encoding="utf-8")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("model", type=Path, nargs="?", default=Path("hook/aiharden/repair/model"))
    ap.add_argument("--out", type=Path, default=Path("models/build/recovered"))
    a = ap.parse_args(argv)
    print(f"recovered {a.model} -> {recover(a.model, a.out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
