"""`make model`: data (synthetic, real, mined from packages) -> tokenizer -> pre-training -> fine-tuning -> ONNX int8 export -> evaluation.

Every stage resumes from what an interrupted run left in models/build/. Training stops by step count
with a fixed seed; the minute limits are caps that fail loudly (rerun to resume), never a shorter model.
"""
from __future__ import annotations

import argparse
import importlib.util
from collections.abc import Sequence
from pathlib import Path

from models import evaluate
from models import export
from models import recover
from models import train
from models.data import generate
from models.data import mine
from models.data.real import DEFAULT_ROOT

BUILD = Path("models/build")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path("hook/aiharden/repair/model"))
    ap.add_argument("--real", type=Path, default=DEFAULT_ROOT, help="SVEN/SafeCoder folder (default: %(default)s)")
    ap.add_argument("--base", type=Path, help="fine-tune this local T5-family checkpoint instead of training from scratch")
    ap.add_argument("--from-model", type=Path, help="fine-tune an exported model (e.g. the shipped one), recovered from its ONNX files")
    ap.add_argument("--lr", type=float, default=1e-3, help="peak learning rate (halved when fine-tuning a base)")
    ap.add_argument("--synthetic", type=int, default=120_000, help="synthetic training pairs")
    ap.add_argument("--mined-repeat", type=int, default=4, help="oversampling of the pairs mined from packages")
    ap.add_argument("--pretrain-steps", type=int, default=300)
    ap.add_argument("--finetune-steps", type=int, default=3000)
    ap.add_argument("--max-minutes", type=float, default=150.0, help="cap per training stage; exceeding it fails")
    ap.add_argument("--skip-eval", action="store_true")
    a = ap.parse_args(argv)
    if importlib.util.find_spec("accelerate") is not None:
        print("note: `accelerate` is installed; uninstall it before exporting (slower int8 decoder otherwise)")
    data = BUILD / "data"
    if not (data / "synthetic-train.jsonl").exists():
        generate.main(["--out", str(data), "--real", str(a.real), "--train", str(a.synthetic)])
    if not (data / "mined-train.jsonl").exists():
        mine.main(["--out", str(data)])
    targs = ["--data", str(data), "--out", str(BUILD / "train"), "--pretrain-steps", str(a.pretrain_steps),
             "--finetune-steps", str(a.finetune_steps), "--pretrain-minutes", str(a.max_minutes),
             "--max-minutes", str(a.max_minutes), "--repeat", f"mined-train.jsonl={a.mined_repeat}"]
    if a.from_model:
        a.base = recover.recover(a.from_model, BUILD / "recovered")
    if a.base:
        targs += ["--base", str(a.base)]
    targs += ["--lr", str(a.lr)]
    train.main(targs)
    run = BUILD / "train"
    export.main([str(run / "finetune" / "final"), "--tokenizer", str(run / "tokenizer.json"), "--out", str(a.out),
                 "--recipe", str(run / "recipe.json")])
    if not a.skip_eval:
        evaluate.main(["--model", str(a.out), "--data", str(data), "--json", str(BUILD / "eval.json")])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
