"""The real-code miner: safe idioms found, insecure forms injected, licences respected, split by package."""
from __future__ import annotations

import ast
import io
import json
import random
import zipfile
from pathlib import Path

import pytest

from models.data import mine
from models.data.inject import injections

SRC = '''import subprocess
import yaml


def fetch(cur, user_id, name):
    cur.execute("SELECT id FROM users WHERE id = %s AND name = %s", (user_id, name))
    return cur.fetchone()


def clone(url, dest):
    subprocess.check_call(["git", "clone", url, dest])


def conf(path):
    with open(path) as f:
        return yaml.safe_load(f)
'''


def _pairs(src: str, seed: int = 0) -> list[dict[str, object]]:
    return list(mine.file_pairs(src, random.Random(seed)))


def test_injects_insecure_forms_and_keeps_the_real_original() -> None:
    pairs = _pairs(SRC)
    rules = {p["rule_id"] for p in pairs}
    assert {"subprocess-shell-true", "yaml-unsafe-load"} <= rules
    assert rules & {"sql-fstring-query", "sql-percent-format-query", "sql-format-method-query", "sql-concat-query"}
    for p in pairs:
        assert p["fixed"] in SRC and p["region"] != p["fixed"]  # the target is the real line, untouched
        assert str(p["before"]).endswith("\n") and SRC.count(str(p["before"]) + str(p["fixed"])) == 1
    sql = next(p for p in pairs if str(p["rule_id"]).startswith("sql-"))
    assert "user_id" in str(sql["region"]) and ", (user_id, name)" not in str(sql["region"])
    shell = next(p for p in pairs if p["rule_id"] == "subprocess-shell-true")
    assert "shell=True" in str(shell["region"]) and "url" in str(shell["region"]) and "dest" in str(shell["region"])


def test_injected_regions_parse_and_keep_indentation() -> None:
    for p in _pairs(SRC):
        region, fixed = str(p["region"]), str(p["fixed"])
        assert region[: len(region) - len(region.lstrip())] == fixed[: len(fixed) - len(fixed.lstrip())]
        ast.parse("def f():\n" + region)


def test_multi_line_values_are_built_before_the_call() -> None:
    seen = set()
    for seed in range(30):
        for p in _pairs(SRC, seed):
            if str(p["variant"]).endswith("-var"):
                seen.add(p["rule_id"])
                assert len(str(p["region"]).splitlines()) == len(str(p["fixed"]).splitlines()) + 1
    assert seen


def test_nothing_to_inject_in_insecure_or_unrelated_code() -> None:
    src = "import os\n\ndef f(x):\n    os.system('ls ' + x)\n    return len(x)\n"
    assert not list(injections(ast.parse(src), src.splitlines(keepends=True), random.Random(0)))


@pytest.mark.parametrize(("licence", "ok"), [
    ("MIT", True), ("BSD-3-Clause", True), ("Apache-2.0", True), ("Apache Software License", True),
    ("Apache-2.0 OR GPL-2.0-or-later", True), ("GPL-3.0-only", False), ("LGPL-2.1", False),
    ("GNU Affero General Public License v3", False), ("", False), ("Proprietary", False),
])
def test_licence_policy(licence: str, ok: bool) -> None:
    assert mine.permitted(licence) is ok


def _wheel(path: Path, name: str, licence: str, files: dict[str, str]) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(f"{name}-1.0.dist-info/METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\nLicense-Expression: {licence}\n")
        for n, t in files.items():
            z.writestr(n, t)
    path.write_bytes(buf.getvalue())


def test_mine_records_licences_skips_copyleft_and_splits_by_package(tmp_path: Path) -> None:
    build, out = tmp_path / "build", tmp_path / "out"
    (build / "dl").mkdir(parents=True)
    _wheel(build / "dl" / "good-1.0-py3-none-any.whl", "good", "MIT", {"good/a.py": SRC})
    _wheel(build / "dl" / "copy-1.0-py3-none-any.whl", "copy", "GPL-3.0-only", {"copy/a.py": SRC})
    lock = mine.fetch([], build)
    assert {(p["name"], p["version"], p["licence"], p["used"]) for p in lock} == {("good", "1.0", "MIT", True),
                                                                                  ("copy", "1.0", "GPL-3.0-only", False)}
    stats = mine.mine(lock, build, out, 13, test_percent=0, check=False)
    rows = [json.loads(x) for x in (out / "mined-train.jsonl").read_text().splitlines()]
    assert rows and stats["unique"] == len(rows) and all(r["source"].startswith("good==1.0:") for r in rows)
    assert (out / "mined-test.jsonl").read_text() == ""
    assert {"rule_id", "cwe", "before", "region", "after", "fixed", "split"} <= set(rows[0]) and "imports" not in rows[0]
    again = mine.mine(lock, build, tmp_path / "again", 13, test_percent=0, check=False)
    assert again == stats and (tmp_path / "again" / "mined-train.jsonl").read_text() == (out / "mined-train.jsonl").read_text()


def test_verify_keeps_pairs_the_scanners_flag() -> None:
    pairs = _pairs(SRC)
    keep = mine.verify(pairs)
    kept = {p["rule_id"] for p, k in zip(pairs, keep) if k}
    assert "yaml-unsafe-load" in kept and len(keep) == len(pairs)
    bogus = dict(pairs[0], region=pairs[0]["fixed"])  # nothing injected: nothing to flag
    assert mine.verify([bogus]) == [False]
