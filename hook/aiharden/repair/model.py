"""The repair model's runtime: an optimum-exported T5 run with onnxruntime, numpy and tokenizers only.

All requests of one call share one encoder call and one batched diverse beam search (greedy
when n_best == 1). The decoder may only emit placeholders present in its input; outputs that fail to
map back or make the file fail to parse are dropped.
"""
from __future__ import annotations

import ast
import json
from collections.abc import Collection
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiharden.repair.prompt import PLACEHOLDER_RE
from aiharden.repair.prompt import Encoded
from aiharden.repair.prompt import concretize
from aiharden.repair.prompt import encode_fitted
from aiharden.repair.prompt import placeholder_tokens
from aiharden.repair.prompt import task_at

CONFIG = "repair-model.json"
N_BEST = 8  # the verifier filters candidates, so more and more varied ones help (issue: n-best 8-16)
DIVERSITY = 0.8  # per earlier beam group that chose the same token at the same step (log-probability units)
_DEFAULTS: dict[str, Any] = {"pad_token_id": 0, "eos_token_id": 1, "decoder_start_token_id": 0,
                             "max_source_tokens": 192, "max_target_tokens": 96}


class ModelUnavailable(Exception):
    """The model cannot be used; str(e) is one line naming the file and what is wrong."""


@dataclass(frozen=True)
class RepairRequest:
    cwe: int
    rule_id: str
    source: str
    start_line: int
    end_line: int
    language: str = "python"


def default_model_dir() -> Path:
    return Path(__file__).resolve().parent / "model"


def _read_config(d: Path) -> dict[str, Any]:
    cfg = dict(_DEFAULTS)
    for name in ("config.json", CONFIG):  # optimum writes the HF config; ours, when there, wins
        p = d / name
        if p.is_file():
            try:
                data = json.loads(p.read_text(encoding="utf-8"))
            except (OSError, ValueError) as e:
                raise ModelUnavailable(f"{p}: unreadable JSON ({e}); scan-only") from None
            cfg.update({k: v for k, v in data.items() if v is not None and (k in _DEFAULTS or name == CONFIG)})
    return cfg


def _session(path: Path, providers: list[str]) -> Any:
    import onnxruntime as ort

    if not path.is_file():
        raise ModelUnavailable(f"{path}: missing; scan-only")
    so = ort.SessionOptions()
    so.log_severity_level = 3
    # Spinning worker threads cost 2-3x per generation when the hook shares the CPU (measured);
    # without the arena, memory is returned after a large batch instead of kept.
    so.add_session_config_entry("session.intra_op.allow_spinning", "0")
    so.enable_cpu_mem_arena = False
    try:
        return ort.InferenceSession(str(path), sess_options=so, providers=providers)
    except Exception as e:  # onnxruntime raises its own types for corrupt or truncated files
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ModelUnavailable(f"{path}: cannot load ({first[:160]}); scan-only") from None


def _providers(device: str) -> list[str]:
    import onnxruntime as ort

    if device not in ("auto", "cpu", "cuda"):
        raise ModelUnavailable(f"device {device!r}: expected auto, cpu or cuda; scan-only")
    cuda = "CUDAExecutionProvider" in ort.get_available_providers()
    if device == "cuda" and not cuda:
        raise ModelUnavailable("device cuda: onnxruntime has no CUDAExecutionProvider (install onnxruntime-gpu); scan-only")
    if device == "cpu" or not cuda:
        return ["CPUExecutionProvider"]
    return ["CUDAExecutionProvider", "CPUExecutionProvider"]


class RepairModel:
    providers: tuple[str, ...]

    def __init__(self, model_dir: Path, tok: Any, cfg: dict[str, Any], encoder: Any, decoders: dict[str, Any]) -> None:
        self.model_dir, self.tok, self.cfg = model_dir, tok, cfg
        self.encoder, self.decoders = encoder, decoders
        self.providers = tuple(encoder.get_providers())
        vocab = tok.get_vocab(with_added_tokens=True)
        self.placeholder_ids = {ph: vocab[ph] for ph in placeholder_tokens() if ph in vocab}
        eos = int(cfg["eos_token_id"])
        self.banned = sorted({i for i, t in tok.get_added_tokens_decoder().items() if t.special and i != eos}
                             | {int(cfg["pad_token_id"]), int(cfg["decoder_start_token_id"])} - {eos})

    @classmethod
    def load(cls, model_dir: Path | None = None, device: str = "auto") -> RepairModel:
        """Load an optimum-exported T5-family directory; raises ModelUnavailable, never crashes."""
        d = Path(model_dir) if model_dir is not None else default_model_dir()
        if not d.is_dir():
            raise ModelUnavailable(f"{d}: no model directory; scan-only")
        try:
            import onnxruntime  # noqa: F401
            from tokenizers import Tokenizer
        except ImportError as e:
            raise ModelUnavailable(f"{e.name}: not installed; scan-only") from None
        cfg = _read_config(d)
        providers = _providers(device)
        tp = d / "tokenizer.json"
        if not tp.is_file():
            raise ModelUnavailable(f"{tp}: missing; scan-only")
        try:
            tok = Tokenizer.from_file(str(tp))
        except Exception as e:
            raise ModelUnavailable(f"{tp}: cannot load ({str(e)[:120]}); scan-only") from None
        encoder = _session(d / cfg.get("encoder", "encoder_model.onnx"), providers)
        if (d / "decoder_model.onnx").is_file() and (d / "decoder_with_past_model.onnx").is_file():
            decoders = {"first": _session(d / "decoder_model.onnx", providers),
                        "past": _session(d / "decoder_with_past_model.onnx", providers)}
        elif (d / "decoder_model_merged.onnx").is_file():
            decoders = {"merged": _session(d / "decoder_model_merged.onnx", providers)}
        else:
            raise ModelUnavailable(f"{d}: no decoder_model.onnx + decoder_with_past_model.onnx or decoder_model_merged.onnx; scan-only")
        if device == "cuda" and "CUDAExecutionProvider" not in encoder.get_providers():
            raise ModelUnavailable(f"{d}: CUDA requested but onnxruntime fell back to CPU (no usable GPU); scan-only")
        return cls(d, tok, cfg, encoder, decoders)

    def _encode(self, r: RepairRequest) -> tuple[Encoded, list[int]]:
        task = task_at(r.source, r.start_line, r.end_line, r.cwe, r.rule_id, r.language)
        max_src = int(self.cfg["max_source_tokens"])
        count = lambda t: len(self.tok.encode(t, add_special_tokens=False).ids)  # noqa: E731
        enc, _ = encode_fitted(task, count, max_src - 1)
        ids = self.tok.encode(enc.text, add_special_tokens=False).ids[: max_src - 1] + [int(self.cfg["eos_token_id"])]
        return enc, ids

    def generate(self, requests: Sequence[RepairRequest], n_best: int = N_BEST) -> list[list[str]]:
        """Per request, candidate replacements for its whole lines, best first, de-duplicated."""
        if not requests:
            return []
        valid = [i for i, r in enumerate(requests) if 1 <= r.start_line <= len(r.source.splitlines())]
        out: list[list[str]] = [[] for _ in requests]
        if not valid:
            return out
        encs, ids = zip(*(self._encode(requests[i]) for i in valid))
        beams = _beam_search(self, list(ids), [_allowed(e) for e in encs], max(1, n_best))
        for i, e, hyps in zip(valid, encs, beams):
            out[i] = self._finish(requests[i], e, hyps, n_best)
        return out

    def _finish(self, r: RepairRequest, enc: Encoded, hyps: list[list[int]], n_best: int) -> list[str]:
        lines = r.source.splitlines(keepends=True)
        s, e = max(1, r.start_line), min(len(lines), max(r.start_line, r.end_line))
        original = "".join(lines[s - 1 : e])
        try:
            ast.parse(r.source)
            check = True
        except (SyntaxError, ValueError):
            check = False
        out: list[str] = []
        for h in hyps:
            text = concretize(self.tok.decode(h, skip_special_tokens=True), enc)
            if text is None:
                continue
            text = text.rstrip("\n") + ("\n" if original.endswith("\n") else "")
            if text == original or text in out:
                continue
            if check:
                try:
                    ast.parse("".join(lines[: s - 1]) + text + "".join(lines[e:]))
                except (SyntaxError, ValueError):
                    continue
            out.append(text)
            if len(out) == n_best:
                break
        return out


def _log_softmax(x: Any) -> Any:
    import numpy as np

    x = x - x.max(axis=-1, keepdims=True)
    return x - np.log(np.exp(x).sum(axis=-1, keepdims=True))


class _Decoder:
    """One interface over the split (decoder + decoder_with_past) and merged exports."""

    def __init__(self, m: RepairModel, hidden: Any, mask: Any) -> None:
        self.m, self.hidden, self.mask = m, hidden, mask
        self.enc_kv: dict[str, Any] = {}
        self.dec_kv: dict[str, Any] = {}

    def step(self, tokens: Any) -> Any:
        import numpy as np

        d = self.m.decoders
        first = not self.dec_kv
        sess = d.get("merged") or (d["first"] if first else d["past"])
        feed: dict[str, Any] = {}
        for i in sess.get_inputs():
            n = i.name
            if n == "input_ids":
                feed[n] = tokens
            elif n == "encoder_attention_mask":
                feed[n] = self.mask
            elif n == "encoder_hidden_states":
                feed[n] = self.hidden
            elif n == "use_cache_branch":
                feed[n] = np.array([not first])
            elif n.startswith("past_key_values."):
                kv = self.enc_kv if ".encoder." in n else self.dec_kv
                feed[n] = kv[n] if n in kv else self._dummy(i.shape)
        outs = sess.run(None, feed)
        for o, v in zip(sess.get_outputs(), outs):
            n = o.name.replace("present", "past_key_values", 1)
            if o.name.startswith("present.") and ".encoder." in n:
                if first:
                    self.enc_kv[n] = v
            elif o.name.startswith("present."):
                self.dec_kv[n] = v
        return outs[0]

    def _dummy(self, shape: list[Any]) -> Any:
        import numpy as np

        cfg = self.m.cfg
        heads = shape[1] if isinstance(shape[1], int) else int(cfg.get("num_heads", 8))
        dkv = shape[3] if isinstance(shape[3], int) else int(cfg.get("d_kv", 64))
        return np.zeros((self.hidden.shape[0], heads, 1, dkv), dtype=np.float32)

    def reorder(self, idx: Any) -> None:
        self.dec_kv = {k: v[idx] for k, v in self.dec_kv.items()}


def _allowed(enc: Encoded) -> set[str]:
    """Placeholders of the flagged region: a fix rewrites the region with its own names.

    Context-only names (the enclosing function's, a neighbour's) were the most common wrong
    substitution in evaluation; the training targets never need them.
    """
    region = enc.text.split("<region>", 1)[-1].split("</region>", 1)[0]
    return set(PLACEHOLDER_RE.findall(region))


def _groups(k: int) -> int:
    """Beam groups for n-best k: pairs of beams (8 -> 4 groups of 2), one group below 4."""
    return k // 2 if k >= 4 else 1


def _beam_search(m: RepairModel, ids: list[list[int]], mappings: Sequence[Collection[str]], k: int,
                 diversity: float = DIVERSITY) -> list[list[list[int]]]:
    """Batched diverse beam search (greedy for k == 1); per request up to k token lists, best first.

    The k beams form groups (Vijayakumar et al. 2018): at each step a group's scores are lowered by
    `diversity` for every earlier group that chose the same token at that step, so the groups
    explore different fixes instead of k spellings of one; the verifier then picks among them.
    """
    import numpy as np

    pad, eos = int(m.cfg["pad_token_id"]), int(m.cfg["eos_token_id"])
    n, width = len(ids), max(len(x) for x in ids)
    inp = np.full((n, width), pad, dtype=np.int64)
    mask = np.zeros((n, width), dtype=np.int64)
    for i, x in enumerate(ids):
        inp[i, : len(x)], mask[i, : len(x)] = x, 1
    hidden = m.encoder.run(None, {"input_ids": inp, "attention_mask": mask})[0]
    rep = np.repeat(np.arange(n), k)
    dec = _Decoder(m, hidden[rep], mask[rep])
    logits = dec.step(np.full((n * k, 1), int(m.cfg["decoder_start_token_id"]), dtype=np.int64))
    vocab = logits.shape[-1]
    penalty = np.zeros((n, vocab), dtype=np.float32)
    penalty[:, [b for b in m.banned if b < vocab]] = -np.inf
    for i, mp in enumerate(mappings):
        absent = [t for ph, t in m.placeholder_ids.items() if ph not in mp and t < vocab]
        penalty[i, absent] = -np.inf
    n_groups = _groups(k)
    size = k // n_groups
    groups = [range(g * size, k if g == n_groups - 1 else (g + 1) * size) for g in range(n_groups)]
    scores = np.full((n, k), -np.inf, dtype=np.float32)
    scores[:, [g.start for g in groups]] = 0.0  # each group starts from one live beam
    hist = np.zeros((n * k, 0), dtype=np.int64)
    done: list[list[list[tuple[float, list[int]]]]] = [[[] for _ in groups] for _ in range(n)]
    seen: list[set[tuple[int, ...]]] = [set() for _ in range(n)]
    max_new = min(int(m.cfg["max_target_tokens"]), max(len(x) for x in ids) + 32)
    for t in range(max_new):
        logp = (_log_softmax(logits[:, -1, :].astype(np.float32)) + penalty[rep]).reshape(n, k, vocab)
        chosen = np.zeros((n, vocab), dtype=np.float32)  # how many earlier groups took each token this step
        src = np.tile(np.arange(k), (n, 1))
        tok = np.full((n, k), eos, dtype=np.int64)
        new_scores = np.full((n, k), -np.inf, dtype=np.float32)
        for gi, g in enumerate(groups):
            w = len(g)
            total = (scores[:, g.start : g.stop, None] + logp[:, g.start : g.stop, :] - diversity * chosen[:, None, :]).reshape(n, w * vocab)
            top = np.argpartition(-total, 2 * w, axis=1)[:, : 2 * w]  # a full sort of k * vocab per step was 90 % of batch time
            cand = np.take_along_axis(top, np.argsort(-np.take_along_axis(total, top, axis=1), axis=1), axis=1)
            for b in range(n):
                fin = done[b][gi]
                if len(fin) >= w:
                    continue
                alive = 0
                for c in cand[b]:
                    sc, beam, tk = float(total[b, c]), g.start + int(c // vocab), int(c % vocab)
                    if sc == -np.inf:
                        break
                    if tk == eos:
                        h = hist[b * k + beam].tolist()
                        if len(fin) < w and tuple(h) not in seen[b]:  # another group may have reached the same text
                            seen[b].add(tuple(h))
                            # the length-normalised log-probability, without the diversity term
                            fin.append((float(scores[b, beam] + logp[b, beam, tk]) / (t + 1) ** 0.8, h))
                    else:
                        j = g.start + alive
                        src[b, j], tok[b, j] = beam, tk
                        new_scores[b, j] = float(scores[b, beam] + logp[b, beam, tk])
                        chosen[b, tk] += 1
                        alive += 1
                    if alive == w:
                        break
                if len(fin) >= w:
                    new_scores[b, g.start : g.stop] = -np.inf
        # A request is done once it has k hypotheses from any groups (waiting for every group made
        # late groups, pushed off the likely tokens, run to the length limit: 4x the time).
        finished = [sum(len(d) for d in dd) >= k for dd in done]
        if all(finished) or t == max_new - 1:
            break
        new_scores[np.array(finished)] = -np.inf
        idx = (np.arange(n)[:, None] * k + src).reshape(-1)
        hist = np.concatenate([hist[idx], tok.reshape(-1, 1)], axis=1)
        scores = new_scores
        dec.reorder(idx)
        logits = dec.step(tok.reshape(-1, 1))
    return [[h for _, h in sorted((x for d in dd for x in d), key=lambda x: -x[0])] for dd in done]
