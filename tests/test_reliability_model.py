"""Model trouble (missing, truncated, wrong-format files; CUDA without a GPU): one clear line, and the run still
scans and repairs from codemods and rule fixes, with the exit code its findings give."""
from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import samples
from gitrepo import stage

from aiharden.cli import main
from aiharden.repair.model import default_model_dir

SHIPPED = default_model_dir()
FILES = ("encoder_model.onnx", "decoder_model.onnx", "decoder_with_past_model.onnx", "tokenizer.json",
         "repair-model.json")


def _model(dest: Path) -> Path:
    """A copy of the shipped model, or (where none is shipped) a directory of the right names and wrong bytes."""
    if SHIPPED.is_dir():
        shutil.copytree(SHIPPED, dest)
    else:
        dest.mkdir()
        for name in FILES:
            (dest / name).write_bytes(b"\x08\x07not a model")
    return dest


def _truncate(p: Path) -> None:
    p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])


Damage = Callable[[Path], None]
CASES = [
    pytest.param(lambda d: shutil.rmtree(d), "no model directory", "", id="missing-directory"),
    pytest.param(lambda d: (d / "encoder_model.onnx").unlink(), "missing", "encoder_model.onnx", id="missing-encoder"),
    pytest.param(lambda d: (d / "tokenizer.json").unlink(), "missing", "tokenizer.json", id="missing-tokenizer"),
    pytest.param(lambda d: _truncate(d / "encoder_model.onnx"), "cannot load", "encoder_model.onnx",
                 id="truncated-encoder"),
    pytest.param(lambda d: _truncate(d / "decoder_with_past_model.onnx"), "cannot load",
                 "decoder_with_past_model.onnx" if SHIPPED.is_dir() else "encoder_model.onnx", id="truncated-decoder"),
    pytest.param(lambda d: (d / "encoder_model.onnx").write_text("not a model\n"), "cannot load",
                 "encoder_model.onnx", id="text-as-onnx"),
    pytest.param(lambda d: (d / "tokenizer.json").write_text("{"), "cannot load", "tokenizer.json",
                 id="tokenizer-not-json"),
    pytest.param(lambda d: (d / "repair-model.json").write_text("{"), "unreadable JSON", "repair-model.json",
                 id="config-not-json"),
    pytest.param(lambda d: [(d / n).unlink() for n in ("decoder_model.onnx", "decoder_with_past_model.onnx")],
                 "no decoder_model.onnx" if SHIPPED.is_dir() else "cannot load", "", id="no-decoder"),
]


@pytest.mark.parametrize(("damage", "reason", "file"), CASES)
def test_damaged_model_is_one_line_and_the_run_goes_on(repo: Path, tmp_path: Path, damage: Damage, reason: str,
                                                       file: str, capsys: pytest.CaptureFixture[str]) -> None:
    model = _model(tmp_path / "model")
    damage(model)
    stage(repo, {"conf.py": samples.YAML_LOAD, "clean.py": samples.CLEAN})
    rc = main(["check", "--scope", "all", "--repo", str(repo), "--model", str(model), "--format", "json"])
    captured = capsys.readouterr()
    assert rc == 1 and captured.err == ""
    data = json.loads(captured.out)
    lines = [n for n in data["notices"] if "model" in n]
    assert len(lines) == 1, data["notices"]
    assert lines[0].startswith(f"repair model unavailable ({model / file if file else model}")
    assert reason in lines[0] and lines[0].endswith("repairs from codemods and rule fixes only")
    assert "\n" not in lines[0]
    (finding,) = data["findings"]
    assert finding["cwe"] == [502] and finding["repair"]["status"] == "fixed"  # the codemod still repairs it
    assert data["properties"]["repair"]["model"] == "unavailable"


def test_cuda_without_a_gpu_is_one_line_and_the_run_goes_on(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import onnxruntime

    stage(repo, {"conf.py": samples.YAML_LOAD})
    rc = main(["check", "--scope", "all", "--repo", str(repo), "--device", "cuda", "--n-best", "2", "--no-repair"])
    assert rc == 1  # repair off: the model is never loaded, the scan is the same
    rc = main(["check", "--scope", "all", "--repo", str(repo), "--device", "cuda", "--n-best", "2"])
    out = capsys.readouterr().out
    assert rc == 1 and "conf.py:6:" in out and "Traceback" not in out
    lines = [ln for ln in out.splitlines() if "model" in ln]
    if "CUDAExecutionProvider" in onnxruntime.get_available_providers():
        assert lines == [ln for ln in lines if "CUDA requested but onnxruntime fell back to CPU" in ln]
    else:
        assert lines == ["aiharden: repair model unavailable (device cuda: onnxruntime has no CUDAExecutionProvider "
                         "(install onnxruntime-gpu)): repairs from codemods and rule fixes only"]


def test_scan_only_when_the_model_is_broken_and_no_repair_exists(repo: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    model = _model(tmp_path / "model")
    _truncate(model / "encoder_model.onnx")
    stage(repo, {"h.py": samples.MD5, "clean.py": samples.CLEAN})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--model", str(model), "--fail-on", "critical"]) == 0
    assert main(["check", "--scope", "all", "--repo", str(repo), "--model", str(model), "--fail-on", "high"]) == 1
    out = capsys.readouterr().out
    assert out.count("repair model unavailable") == 2 and "h.py:" in out
