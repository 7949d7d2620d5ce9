"""The model recipe reproduces: fixed data folder, one abstraction, one context width, steps not wall time."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from realpairs import real_pairs_folder

import aiharden.repair.prompt as prompt
from aiharden.repair.prompt import CONTEXT_LINES
from aiharden.repair.prompt import Task
from aiharden.repair.prompt import encode
from aiharden.repair.prompt import encode_fitted
from aiharden.repair.prompt import task_at
from models.data import generate
from models.data.real import DEFAULT_ROOT

ROOT = Path(__file__).resolve().parent.parent


def test_real_pair_folder_defaults_next_to_the_project_root() -> None:
    assert DEFAULT_ROOT == ROOT.parent / "shared" / "data" / "repair-pairs"
    for f in (ROOT / "models").rglob("*.py"):
        assert not re.search(r"[\"']/work/", f.read_text(encoding="utf-8")), f"{f}: absolute machine path"


def test_missing_real_pair_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="real repair pairs"):
        generate.main(["--out", str(tmp_path / "data"), "--train", "5", "--test", "2", "--real", str(tmp_path / "none")])
    assert not (tmp_path / "data" / "synthetic-train.jsonl").exists()


def test_runtime_and_training_see_the_same_context_width() -> None:
    src = "".join(f"x{i} = {i}\n" for i in range(10)) + "y = eval(s)\n" + "".join(f"z{i} = {i}\n" for i in range(10))
    t = task_at(src, 11, 11, 95, "eval-call")
    assert len(t.before.splitlines()) == CONTEXT_LINES == len(t.after.splitlines())
    # A training pair with more context is clipped to the same CONTEXT_LINES nearest lines.
    wide = Task(95, "eval-call", "python", "".join(src.splitlines(keepends=True)[:10]), "y = eval(s)\n",
                "".join(src.splitlines(keepends=True)[11:]))
    fitted, _ = encode_fitted(wide, len, 10_000)
    assert fitted.text == encode(t)[0].text


def test_one_public_abstraction_for_training_and_runtime() -> None:
    from models import corpus

    assert corpus.abstract is prompt.abstract
    assert prompt.abstract("cur.execute(q)\n") == "VAR_0.execute(VAR_1)\n"
    users = [f for d in ("models", "hook", "bench") for f in (ROOT / d).rglob("*.py") if f.name != "prompt.py"]
    assert not [f for f in users if "_Abstractor" in f.read_text(encoding="utf-8")]


def test_runtime_has_no_dead_switches() -> None:
    text = (ROOT / "hook" / "aiharden" / "repair" / "model.py").read_text(encoding="utf-8")
    assert "region_only" not in text


def _tiny(tmp_path: Path, out: Path, *extra: str) -> list[str]:
    data = tmp_path / "data"
    if not (data / "synthetic-train.jsonl").exists():
        assert generate.main(["--out", str(data), "--train", "200", "--test", "10",
                              "--real", str(real_pairs_folder(tmp_path))]) == 0
    return ["--data", str(data), "--out", str(out), "--size", "tiny", "--pretrain-steps", "2", "--finetune-steps", "3",
            "--corpus-mb", "0.05", "--batch", "4", "--ckpt-minutes", "0", "--threads", "1", *extra]


def test_same_seed_same_weights_and_recipe_hashes(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch", reason="the recipe needs the train extra (torch)")
    from models import train
    from transformers import T5ForConditionalGeneration

    a, b = tmp_path / "a", tmp_path / "b"
    assert train.main(_tiny(tmp_path, a)) == 0
    b.mkdir()
    (b / "tokenizer.json").write_bytes((a / "tokenizer.json").read_bytes())
    assert train.main(_tiny(tmp_path, b)) == 0
    wa = T5ForConditionalGeneration.from_pretrained(a / "finetune" / "final").state_dict()
    wb = T5ForConditionalGeneration.from_pretrained(b / "finetune" / "final").state_dict()
    assert wa.keys() == wb.keys() and all(torch.equal(wa[k], wb[k]) for k in wa)
    rec = json.loads((a / "recipe.json").read_text())
    assert rec["finetune_steps"] == 3 and rec["seed"] == 13 and len(rec["corpus_sha256"]) == 64
    assert set(rec["data_sha256"]) == {"synthetic-train.jsonl", "real.jsonl"}
    assert rec["data_sha256"] == json.loads((b / "recipe.json").read_text())["data_sha256"]


def test_time_cap_fails_loudly_and_resumes(tmp_path: Path) -> None:
    pytest.importorskip("torch", reason="the recipe needs the train extra (torch)")
    from models import train

    out = tmp_path / "capped"
    with pytest.raises(train.TimeCapReached, match="time cap"):
        train.main(_tiny(tmp_path, out, "--pretrain-minutes", "0"))
    assert (out / "pretrain" / "ckpt.pt").is_file() and not (out / "pretrain" / "final").exists()
    assert train.main(_tiny(tmp_path, out)) == 0
    assert (out / "finetune" / "final").is_dir()


def test_recovered_checkpoint_decodes_like_the_onnx_model(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch", reason="the recipe needs the train extra (torch)")
    pytest.importorskip("onnx", reason="the recipe needs the train extra (onnx)")
    from aiharden.repair.model import RepairModel
    from aiharden.repair.model import RepairRequest
    from aiharden.repair.model import _beam_search
    from models.recover import recover
    from transformers import T5ForConditionalGeneration

    onnx_model = RepairModel.load(device="cpu")
    hf = T5ForConditionalGeneration.from_pretrained(recover(onnx_model.model_dir, tmp_path / "ckpt")).eval()
    assert (tmp_path / "ckpt" / "tokenizer.json").read_bytes() == (onnx_model.model_dir / "tokenizer.json").read_bytes()
    src = "import yaml\n\n\ndef read(path):\n    with open(path) as f:\n        return yaml.load(f)\n"
    enc, ids = onnx_model._encode(RepairRequest(502, "yaml-unsafe-load", src, 6, 6))
    want = _beam_search(onnx_model, [ids], [set(enc.mapping)], 1)[0][0]
    with torch.no_grad():
        got = hf.generate(torch.tensor([ids]), max_new_tokens=96, num_beams=1, do_sample=False)[0].tolist()
    assert [t for t in got[1:] if t not in (0, 1)] == want
