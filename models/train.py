"""Train the repair model: tokenizer, span-corruption pre-training, fine-tuning on repair pairs.

Each stage checkpoints every few minutes into OUT/<stage>/ckpt.pt and resumes from it; the
finished stage is saved in Hugging Face format in OUT/<stage>/final.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiharden.repair.prompt import abstract
from models.corpus import SENTINELS
from models.corpus import corpus_chunks
from models.corpus import source_files
from models.corpus import train_tokenizer
from models.dataset import Example
from models.dataset import collate
from models.dataset import endless
from models.dataset import pair_examples
from models.dataset import span_corruption

MAX_SRC, MAX_TGT = 192, 96


def _log(msg: str) -> None:
    print(time.strftime("%H:%M:%S ") + msg, file=sys.stderr, flush=True)


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def new_model(vocab: int, size: str) -> Any:
    from transformers import T5Config
    from transformers import T5ForConditionalGeneration

    dims = {"tiny": (128, 2, 2, 512), "small": (256, 3, 3, 768), "base": (256, 4, 4, 1024)}[size]
    cfg = T5Config(
        vocab_size=vocab, d_model=dims[0], d_kv=dims[0] // 4, num_heads=4, d_ff=dims[3], num_layers=dims[1],
        num_decoder_layers=dims[2], dropout_rate=0.0, feed_forward_proj="relu", tie_word_embeddings=True,
        pad_token_id=0, eos_token_id=1, decoder_start_token_id=0,
    )
    return T5ForConditionalGeneration(cfg)


def _adapt_threads(limit: int) -> None:
    """Drop to one thread while other processes compete for the cores.

    Measured on 2 shared cores: with the load above the core count, two torch threads were 5-7x
    slower per step than one (each parallel region waits for a descheduled thread).
    """
    import os

    import torch

    load, cores = os.getloadavg()[0], os.cpu_count() or 1
    now = torch.get_num_threads()
    if now > 1 and load > cores + 0.6:
        torch.set_num_threads(1)
    elif now < limit and load < cores - 0.5:
        torch.set_num_threads(limit)


class TimeCapReached(SystemExit):
    """A stage ran past its wall-time cap: it checkpointed, and the result is not the recipe's model."""


def run_stage(model: Any, examples: list[Example], out: Path, *, steps: int, batch: int, lr: float, seed: int, pad: int,
              ckpt_every_s: float, max_minutes: float) -> Any:
    """Train for exactly `steps` steps (warm-up, cosine decay by step); checkpoint and resume from out/ckpt.pt.

    The schedule depends on the step alone, so a run resumed any number of times ends where an
    uninterrupted one does. max_minutes is only a cap: reaching it saves a checkpoint and raises
    TimeCapReached (rerun to resume), never a silently shorter model.
    """
    import torch

    out.mkdir(parents=True, exist_ok=True)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    warm = max(1, min(300, steps // 10))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * min(1.0, s / steps)))))
    start, ckpt, spent = 0, out / "ckpt.pt", 0.0
    if ckpt.exists():
        state = torch.load(ckpt, weights_only=False)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        sched.load_state_dict(state["sched"])
        start, spent = state["step"], state.get("spent", 0.0)
        torch.set_rng_state(state["rng"])
        _log(f"{out.name}: resumed at step {start}")
    model.train()
    t0 = last = time.time()
    done, loss_avg = start, 0.0
    data = endless(examples, batch, seed, start)
    threads = torch.get_num_threads()
    while done < steps:
        if done % 20 == 0:
            _adapt_threads(threads)
        b = collate(next(data), pad)
        loss = model(**b).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        done += 1
        loss_avg = 0.98 * loss_avg + 0.02 * loss.item() if done > start + 1 else loss.item()
        now = time.time()
        if done % 50 == 0 or done == steps:
            rate = (done - start) / (now - t0)
            _log(f"{out.name}: step {done}/{steps} loss {loss_avg:.3f} lr {sched.get_last_lr()[0]:.2e} "
                 f"{rate:.2f} steps/s eta {(steps - done) / rate / 60:.1f} min")
        capped = done < steps and (spent + now - t0) / 60 > max_minutes
        if now - last > ckpt_every_s or done == steps or capped:
            torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(),
                        "step": done, "rng": torch.get_rng_state(), "spent": spent + now - t0}, str(ckpt) + ".tmp")
            Path(str(ckpt) + ".tmp").replace(ckpt)
            model.save_pretrained(out / "latest")
            last = now
        if capped:
            raise TimeCapReached(f"{out}: time cap of {max_minutes:g} min reached at step {done} of {steps}; "
                                 "checkpoint saved, run the same command again to resume")
    model.save_pretrained(out / "final")
    return model


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def pair_files(data: Path) -> list[Path]:
    """The fine-tuning data: every *-train.jsonl in data (synthetic, mined) plus real.jsonl's train split."""
    files = sorted(data.glob("*-train.jsonl"))
    if not files:
        raise SystemExit(f"{data}: no *-train.jsonl pair files; run `python -m models.data.generate` first")
    return files


def load_pairs(data: Path, max_per_file: int, seed: int, real_repeat: int, repeat: dict[str, int] | None = None) -> list[dict[str, Any]]:
    """Each file's pairs (a seeded sample of max_per_file, if set) times its repeat count, plus the real pairs."""
    pairs: list[dict[str, Any]] = []
    for f in pair_files(data):
        rows = load_jsonl(f)
        if max_per_file and len(rows) > max_per_file:
            rows = random.Random(seed).sample(rows, max_per_file)
        n = (repeat or {}).get(f.name, 1)
        _log(f"pairs: {len(rows)} from {f.name} x{n}")
        pairs += rows * n
    real = data / "real.jsonl"
    if not real.exists():
        raise SystemExit(f"{real}: missing; `python -m models.data.generate` writes it from the real-pair folder")
    pairs += [p for p in load_jsonl(real) if p["split"] == "train"] * real_repeat
    return pairs


def _repeats(items: list[str]) -> dict[str, int]:
    return {k: int(v) for k, v in (x.split("=", 1) for x in items)}


def write_recipe(a: argparse.Namespace, corpus_sha: str | None) -> None:
    """OUT/recipe.json: the settings and the sha256 of every input; export copies it into repair-model.json."""
    files = pair_files(a.data) + [a.data / "real.jsonl"]
    rec = {"seed": a.seed, "size": a.size, "batch": a.batch, "lr": a.lr, "pretrain_steps": a.pretrain_steps,
           "finetune_steps": a.finetune_steps, "max_pairs_per_file": a.max_pairs, "real_repeat": a.real_repeat,
           "repeat": _repeats(a.repeat),
           "base": str(a.base) if a.base else None, "corpus_sha256": corpus_sha,
           "base_source": json.loads((a.base / "recovered-from.json").read_text(encoding="utf-8"))
           if a.base and (a.base / "recovered-from.json").is_file() else None,
           "tokenizer_sha256": sha256_file(a.out / "tokenizer.json"),
           "data_sha256": {f.name: sha256_file(f) for f in files}}
    (a.out / "recipe.json").write_text(json.dumps(rec, indent=1) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("models/build/data"))
    ap.add_argument("--out", type=Path, default=Path("models/build/train"))
    ap.add_argument("--base", type=Path, help="a local Hugging Face T5-family checkpoint to fine-tune instead")
    ap.add_argument("--size", choices=["tiny", "small"], default="small")
    ap.add_argument("--stage", choices=["all", "tokenizer", "pretrain", "finetune"], default="all")
    ap.add_argument("--pretrain-steps", type=int, default=900)
    ap.add_argument("--finetune-steps", type=int, default=6000)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--corpus-mb", type=float, default=6.0)
    ap.add_argument("--corpus-root", type=Path, action="append", default=[],
                    help="more source folders for the pre-training corpus, after the stdlib (repeatable)")
    ap.add_argument("--max-pairs", type=int, default=0, help="use at most this many pairs of each *-train.jsonl (0: all)")
    ap.add_argument("--real-repeat", type=int, default=5, help="oversampling of the real pairs")
    ap.add_argument("--repeat", action="append", default=[], metavar="FILE=N",
                    help="oversample one pair file, e.g. mined-train.jsonl=3 (repeatable)")
    ap.add_argument("--pretrain-minutes", type=float, default=600.0, help="wall-time cap of pre-training (exceeding it fails)")
    ap.add_argument("--max-minutes", type=float, default=600.0, help="wall-time cap of fine-tuning (exceeding it fails)")
    ap.add_argument("--ckpt-minutes", type=float, default=5.0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args(argv)
    return train(a)


def train(a: argparse.Namespace) -> int:
    import torch
    from tokenizers import Tokenizer

    torch.manual_seed(a.seed)
    random.seed(a.seed)
    torch.set_num_threads(a.threads)
    a.out.mkdir(parents=True, exist_ok=True)
    tok_path = a.out / "tokenizer.json"
    corpus_sha = None
    if a.base:
        from models.base import load_base

        model, tok = load_base(a.base, tok_path)
    else:
        chunks, _ = corpus_chunks(source_files(int(a.corpus_mb * 1e6), a.seed, a.corpus_root), a.seed)
        corpus_sha = hashlib.sha256("\0".join(chunks).encode()).hexdigest()
        if not tok_path.exists() or a.stage == "tokenizer":
            # The synthetic pairs only: the tokenizer (and pre-training) need not wait for the miner.
            pairs = load_jsonl(a.data / "synthetic-train.jsonl")[:20000]
            train_tokenizer(chunks + [abstract(p["before"] + p["region"] + p["after"] + p["fixed"]) for p in pairs], 8000, tok_path)
        if a.stage == "tokenizer":
            return 0
        tok = Tokenizer.from_file(str(tok_path))
        model = new_model(tok.get_vocab_size(), a.size)
    write_recipe(a, corpus_sha)
    _log(f"model: {sum(p.numel() for p in model.parameters()) / 1e6:.2f} M parameters")
    pad, eos = int(model.config.pad_token_id), int(model.config.eos_token_id)
    sentinels = [tok.token_to_id(s) for s in SENTINELS]
    common = {"batch": a.batch, "seed": a.seed, "pad": pad, "ckpt_every_s": a.ckpt_minutes * 60}
    pre_final = a.out / "pretrain" / "final"
    if not a.base and a.stage in ("all", "pretrain") and not pre_final.exists():
        ex = span_corruption(chunks, tok, eos, sentinels, 128, a.seed)
        _log(f"pretrain: {len(ex)} span-corruption examples")
        model = run_stage(model, ex, a.out / "pretrain", steps=a.pretrain_steps, lr=a.lr, max_minutes=a.pretrain_minutes, **common)
    if a.stage == "pretrain":
        return 0
    if not a.base and pre_final.exists():
        from transformers import T5ForConditionalGeneration

        model = T5ForConditionalGeneration.from_pretrained(pre_final)
    pairs = load_pairs(a.data, a.max_pairs, a.seed, a.real_repeat, _repeats(a.repeat))
    t = time.time()
    ex = pair_examples(pairs, tok, eos, MAX_SRC, MAX_TGT)
    _log(f"finetune: {len(ex)} examples encoded in {time.time() - t:.0f}s")
    run_stage(model, ex, a.out / "finetune", steps=a.finetune_steps, lr=a.lr if not a.base else a.lr / 2,
              max_minutes=a.max_minutes, **common)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
