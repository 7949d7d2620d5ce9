"""The pre-training corpus (the stdlib and the mined packages' sources, abstracted) and the BPE tokenizer."""
from __future__ import annotations

import hashlib
import random
import sys
import sysconfig
from collections.abc import Iterable
from pathlib import Path

from aiharden.repair.prompt import CONTROL_TOKENS
from aiharden.repair.prompt import abstract
from aiharden.repair.prompt import placeholder_tokens

PAD, EOS, UNK = "<pad>", "</s>", "<unk>"
N_SENTINELS = 32
SENTINELS = [f"<extra_id_{i}>" for i in range(N_SENTINELS)]


def special_tokens() -> list[str]:
    """Special tokens in id order: pad 0, eos 1, unk 2 (T5's convention), then control and sentinels."""
    return [PAD, EOS, UNK, *CONTROL_TOKENS, *SENTINELS]


def source_files(max_bytes: int, seed: int, extra_roots: Iterable[Path] = ()) -> list[Path]:
    """Python files of the stdlib and the given folders (not this machine's site-packages), seeded order, up to max_bytes."""
    roots = [Path(sysconfig.get_paths()["stdlib"]), *extra_roots]
    files = sorted(p for r in roots for p in r.rglob("*.py")
                   if "test" not in p.parts and "site-packages" not in p.parts and p.stat().st_size < 200_000)
    random.Random(seed).shuffle(files)
    out, total = [], 0
    for p in files:
        if total >= max_bytes:
            break
        out.append(p)
        total += p.stat().st_size
    return out


def corpus_chunks(files: Iterable[Path], seed: int) -> tuple[list[str], list[str]]:
    """Abstracted chunks of 4-16 lines; split train/test by source file (1 in 50 files held out)."""
    rng = random.Random(seed)
    train: list[str] = []
    test: list[str] = []
    for p in files:
        try:
            lines = p.read_text(encoding="utf-8").splitlines(keepends=True)
        except (UnicodeDecodeError, OSError):
            continue
        held = int(hashlib.sha256(str(p).encode()).hexdigest(), 16) % 50 == 0
        i = 0
        while i < len(lines):
            n = rng.randint(4, 16)
            chunk = "".join(lines[i : i + n])
            i += n
            if chunk.strip() and len(chunk) < 1200:
                (test if held else train).append(abstract(chunk))
    return train, test


def train_tokenizer(texts: Iterable[str], vocab_size: int, out: Path) -> None:
    """Byte-level BPE with the specials and placeholders as single tokens."""
    from tokenizers import Tokenizer
    from tokenizers import decoders
    from tokenizers import models
    from tokenizers import pre_tokenizers
    from tokenizers import trainers

    tok = Tokenizer(models.BPE(unk_token=UNK))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size - len(placeholder_tokens()),
        special_tokens=special_tokens(),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        min_frequency=2,
    )
    tok.train_from_iterator(texts, trainer)
    tok.add_tokens(placeholder_tokens())
    out.parent.mkdir(parents=True, exist_ok=True)
    tok.save(str(out))
    print(f"tokenizer: {tok.get_vocab_size()} tokens -> {out}", file=sys.stderr)
