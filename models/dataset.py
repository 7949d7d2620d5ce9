"""Token id sequences for the two training stages, and length-bucketed batches."""
from __future__ import annotations

import random
from collections.abc import Iterable
from collections.abc import Iterator
from typing import Any

from aiharden.repair.prompt import Task
from aiharden.repair.prompt import abstract_target
from aiharden.repair.prompt import encode_fitted

Example = tuple[list[int], list[int]]


def pair_examples(pairs: Iterable[dict[str, Any]], tok: Any, eos: int, max_src: int, max_tgt: int) -> list[Example]:
    """Encode pairs in the task format; pairs whose target is longer than max_tgt are dropped."""
    out: list[Example] = []
    count = lambda s: len(tok.encode(s, add_special_tokens=False).ids)  # noqa: E731
    for p in pairs:
        task = Task(int(p["cwe"]), str(p["rule_id"]), str(p.get("language", "python")), p["before"], p["region"], p["after"])
        enc, ab = encode_fitted(task, count, max_src - 1)
        src = tok.encode(enc.text, add_special_tokens=False).ids[: max_src - 1] + [eos]
        tgt = tok.encode(abstract_target(p["fixed"], enc, ab), add_special_tokens=False).ids + [eos]
        if len(tgt) <= max_tgt:
            out.append((src, tgt))
    return out


def span_corruption(texts: Iterable[str], tok: Any, eos: int, sentinels: list[int], max_len: int, seed: int) -> list[Example]:
    """T5's objective: ~15 % of tokens in spans of mean length 3 replaced by sentinels."""
    rng = random.Random(seed)
    out: list[Example] = []
    for text in texts:
        ids = tok.encode(text, add_special_tokens=False).ids[: max_len - 1]
        if len(ids) < 8:
            continue
        n_spans = max(1, min(len(sentinels), round(len(ids) * 0.15 / 3)))
        starts = sorted(rng.sample(range(len(ids)), n_spans))
        src: list[int] = []
        tgt: list[int] = []
        pos = 0
        for k, s in enumerate(starts):
            if s < pos:
                continue
            end = min(len(ids), s + max(1, round(rng.expovariate(1 / 3))))
            src += ids[pos:s] + [sentinels[k]]
            tgt += [sentinels[k]] + ids[s:end]
            pos = end
        src += ids[pos:]
        out.append((src + [eos], tgt + [eos]))
    return out


def batches(examples: list[Example], batch: int, seed: int, epoch: int) -> list[list[int]]:
    """Index batches of similar length (less padding), in a seeded order per epoch."""
    rng = random.Random(seed * 1000 + epoch)
    idx = list(range(len(examples)))
    rng.shuffle(idx)
    out: list[list[int]] = []
    window = batch * 64
    for i in range(0, len(idx), window):
        part = sorted(idx[i : i + window], key=lambda j: len(examples[j][0]) + len(examples[j][1]))
        out += [part[k : k + batch] for k in range(0, len(part), batch)]
    rng.shuffle(out)
    return out


def collate(examples: list[Example], pad: int) -> dict[str, Any]:
    import torch

    ls, lt = max(len(s) for s, _ in examples), max(len(t) for _, t in examples)
    src = torch.full((len(examples), ls), pad, dtype=torch.long)
    tgt = torch.full((len(examples), lt), -100, dtype=torch.long)
    for i, (s, t) in enumerate(examples):
        src[i, : len(s)] = torch.tensor(s)
        tgt[i, : len(t)] = torch.tensor(t)
    return {"input_ids": src, "attention_mask": (src != pad).long(), "labels": tgt}


def endless(examples: list[Example], batch: int, seed: int, start_step: int) -> Iterator[list[Example]]:
    """Batches forever (epoch after epoch), skipping the first start_step (for resume)."""
    step, epoch = 0, 0
    while True:
        for b in batches(examples, batch, seed, epoch):
            if step >= start_step:
                yield [examples[j] for j in b]
            step += 1
        epoch += 1
