"""Decoding for a verifier: n-best 8 by default, from diverse beam groups, placeholders still constrained."""
from __future__ import annotations

import pytest

from aiharden.repair import model as runtime
from aiharden.repair.model import RepairModel
from aiharden.repair.model import RepairRequest
from aiharden.repair.model import _beam_search

SHELL = 'import subprocess\n\n\ndef ping(host):\n    subprocess.run(f"ping -c 1 {host}", shell=True)\n'
REQ = RepairRequest(78, "subprocess-shell-true", SHELL, 5, 5)


@pytest.fixture(scope="module")
def model() -> RepairModel:
    return RepairModel.load(device="cpu")


def test_default_is_eight_candidates_from_beam_groups() -> None:
    from aiharden.config import Config

    assert runtime.N_BEST == 8 == Config().n_best
    assert runtime._groups(8) == 4 and runtime._groups(4) == 2 and runtime._groups(2) == 1 and runtime._groups(1) == 1


def test_diverse_groups_give_distinct_hypotheses_within_the_input_placeholders(model: RepairModel) -> None:
    enc, ids = model._encode(REQ)
    hyps = _beam_search(model, [ids], [runtime._allowed(enc)], 8)[0]
    assert 1 <= len(hyps) <= 8 and len({tuple(h) for h in hyps}) == len(hyps)
    absent = {t for ph, t in model.placeholder_ids.items() if ph not in runtime._allowed(enc)}
    assert not any(set(h) & absent for h in hyps)
    plain = _beam_search(model, [ids], [runtime._allowed(enc)], 8, diversity=0.0)[0]
    assert {tuple(h) for h in hyps} != {tuple(h) for h in plain}  # the penalty changes what is explored


def test_batched_requests_each_get_their_own_groups(model: RepairModel) -> None:
    yaml_src = "import yaml\n\n\ndef read(path):\n    with open(path) as f:\n        return yaml.load(f)\n"
    reqs = [REQ, RepairRequest(502, "yaml-unsafe-load", yaml_src, 6, 6)]
    together = model.generate(reqs, n_best=8)
    alone = [model.generate([r], n_best=8)[0] for r in reqs]
    assert together == alone
    assert all(len(o) <= 8 and len(set(o)) == len(o) for o in together)
