"""`make model`: data -> tokenizer -> pre-training -> fine-tuning -> ONNX int8 export -> evaluation.

Every stage resumes from what an interrupted run left in models/build/. The defaults reproduce the
shipped artifact on 2 CPU cores in under 3 hours.
"""
from __future__ import annotations

import argparse
import importlib.util
import shutil
from collections.abc import Sequence
from pathlib import Path

from models import evaluate
from models import export
from models import train
from models.data import generate

BUILD = Path("models/build")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path("hook/aiharden/repair/model"))
    ap.add_argument("--base", type=Path, help="fine-tune this local T5-family checkpoint instead of training from scratch")
    ap.add_argument("--pretrain-minutes", type=float, default=12.0)
    ap.add_argument("--finetune-minutes", type=float, default=78.0)
    ap.add_argument("--finetune-steps", type=int, default=6000)
    ap.add_argument("--polish-minutes", type=float, default=14.0, help="second, low-lr fine-tuning pass (0: none)")
    ap.add_argument("--skip-eval", action="store_true")
    a = ap.parse_args(argv)
    if importlib.util.find_spec("accelerate") is not None:
        print("note: `accelerate` is installed; uninstall it before exporting (slower int8 decoder otherwise)")
    data = BUILD / "data"
    if not (data / "synthetic-train.jsonl").exists():
        generate.main(["--out", str(data)])
    targs = ["--data", str(data), "--out", str(BUILD / "train"), "--pretrain-steps", "500",
             "--pretrain-minutes", str(a.pretrain_minutes), "--finetune-steps", str(a.finetune_steps),
             "--max-minutes", str(a.finetune_minutes)]
    if a.base:
        targs += ["--base", str(a.base)]
    train.main(targs)
    final, tok = BUILD / "train" / "finetune" / "final", BUILD / "train" / "tokenizer.json"
    if a.polish_minutes > 0:
        # A short second pass at a lower learning rate on a fresh 40 k sample of the pairs.
        data2, base = BUILD / "data2", BUILD / "base1"
        if not (data2 / "synthetic-train.jsonl").exists():
            generate.main(["--out", str(data2), "--train", "40000", "--test", "2000"])
        base.mkdir(parents=True, exist_ok=True)
        for f in list(final.iterdir()) + [tok]:
            shutil.copy(f, base / f.name)
        train.main(["--base", str(base), "--data", str(data2), "--out", str(BUILD / "train2"), "--lr", "4e-4",
                    "--finetune-steps", "900", "--max-minutes", str(a.polish_minutes)])
        final, tok = BUILD / "train2" / "finetune" / "final", BUILD / "train2" / "tokenizer.json"
    export.main([str(final), "--tokenizer", str(tok), "--out", str(a.out)])
    if not a.skip_eval:
        evaluate.main(["--model", str(a.out), "--data", str(data), "--json", str(BUILD / "eval.json")])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
