"""Synthetic vulnerable -> fixed region pairs for every rule of the bundled rule set.

Each pair is a JSON line: rule_id, cwe, before, region, after, fixed, split. The test split uses
the other half of the identifier pools (names never seen in training).
"""
from __future__ import annotations

import argparse
import ast
import json
import random
import textwrap
from collections.abc import Sequence
from pathlib import Path

from aiharden.repair.prompt import CONTEXT_LINES
from models.data.names import Pool
from models.data.real import DEFAULT_ROOT
from models.data.real import check_root
from models.data.real import real_pairs
from models.data.shell import shell
from models.data.simple import SIMPLE
from models.data.sql import sql

RULES: dict[str, int] = {
    "sql-fstring-query": 89, "sql-percent-format-query": 89, "sql-concat-query": 89, "sql-format-method-query": 89,
    "subprocess-shell-true": 78, "os-system-call": 78, "os-popen-call": 78, "jinja2-autoescape-false": 79,
    "markup-from-format": 79, "open-user-path": 22, "tarfile-extractall": 22, "eval-call": 95, "exec-call": 94,
    "yaml-unsafe-load": 502, "pickle-load": 502, "marshal-load": 502, "hardcoded-password": 798,
    "hardcoded-secret-key": 798, "md5-hash": 328, "sha1-hash": 328, "weak-cipher": 327, "insecure-random-token": 338,
    "requests-verify-false": 295, "ssl-unverified-context": 295, "xml-external-entities": 611, "tempfile-mktemp": 377,
    "chmod-permissive": 732, "ssrf-user-url": 918, "open-redirect": 601, "regex-nested-quantifier": 1333,
    "flask-debug-true": 489, "traceback-exposed": 209, "log-injection": 117, "requests-no-timeout": 400,
}
_SQL_STYLE = {"sql-fstring-query": "fstring", "sql-percent-format-query": "percent", "sql-concat-query": "concat", "sql-format-method-query": "format"}
# Some rules' fixes are more varied; they get a larger share of the data.
_WEIGHT = {r: 3.0 for r in _SQL_STYLE} | {"subprocess-shell-true": 3.0, "os-system-call": 2.0, "os-popen-call": 2.0, "log-injection": 2.0}


def _core(rule: str, p: Pool, rng: random.Random) -> tuple[str, str, list[str]]:
    if rule in _SQL_STYLE:
        return sql(p, rng, _SQL_STYLE[rule])
    if rule in ("subprocess-shell-true", "os-system-call", "os-popen-call"):
        return shell(p, rng, rule)
    return SIMPLE[rule](p, rng)


def _indent(text: str, ind: str) -> str:
    return "".join(ind + ln if ln.strip() else ln for ln in text.splitlines(keepends=True))


def make_pair(rule: str, p: Pool, rng: random.Random) -> dict[str, object]:
    vuln, fixed, pre = _core(rule, p, rng)
    if rng.random() < 0.2 and "\n" not in vuln:
        c = "  " + p.comment()
        vuln, fixed = vuln + c, fixed.split("\n")[0] + c + fixed[len(fixed.split("\n")[0]) :]
    depth = rng.choice([0, 1, 1, 1, 2, 2])
    before: list[str] = []
    if depth:
        params = ["self"] * (rng.random() < 0.4) + p.vars(rng.randint(0, 3))
        head = f"def {p.func()}({', '.join(params)}):"
        before.append(head if depth == 1 else "    " + head)
        if rng.random() < 0.3:
            before.append("    " * depth + rng.choice(['"""' + p.word().capitalize() + " the " + p.word() + '."""', p.comment()]))
    if depth == 2 and rng.random() < 0.5:
        before = ["class " + p.cls() + ":"] + before[-1:] if rng.random() < 0.3 else before
    for line in pre + [f"{p.var()} = {p.var()}.{p.word()}"] * (rng.random() < 0.3):
        before.append("    " * depth + line)
    ind = "    " * depth
    after = [ind + rng.choice([f"return {p.var()}", f"{p.var()}.{p.word()}()", "conn.commit()", f"print({p.var()})", "pass"])]
    if rng.random() < 0.3:
        after.append("    " * max(0, depth - 1) + rng.choice(["", f"def {p.func()}(self):"]))
    before = before[-CONTEXT_LINES:]
    return {
        "rule_id": rule,
        "cwe": RULES[rule],
        "before": "".join(ln + "\n" for ln in before),
        "region": _indent(vuln, ind) + "\n",
        "after": "".join(ln + "\n" for ln in after[: rng.randint(0, len(after))]),
        "fixed": _indent(fixed, ind) + "\n",
    }


def _ok(pair: dict[str, object]) -> bool:
    for key in ("region", "fixed"):
        try:
            ast.parse(textwrap.dedent(str(pair[key])))
        except SyntaxError:
            return False
    return True


def generate(n: int, split: str, seed: int) -> list[dict[str, object]]:
    """n pairs from the train (half 0) or test (half 1) name pool, spread over all rules by weight."""
    rng = random.Random(seed)
    pool = Pool(0 if split == "train" else 1, rng)
    rules, weights = list(RULES), [_WEIGHT.get(r, 1.0) for r in RULES]
    out: list[dict[str, object]] = []
    while len(out) < n:
        pair = make_pair(rng.choices(rules, weights)[0], pool, rng)
        if _ok(pair):
            out.append(pair | {"split": split})
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path("models/build/data"))
    ap.add_argument("--train", type=int, default=240_000)
    ap.add_argument("--test", type=int, default=2_000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--real", type=Path, default=DEFAULT_ROOT, help="SVEN/SafeCoder folder (default: %(default)s)")
    args = ap.parse_args(argv)
    check_root(args.real)
    args.out.mkdir(parents=True, exist_ok=True)
    for split, n, seed in (("train", args.train, args.seed), ("test", args.test, args.seed + 1)):
        with open(args.out / f"synthetic-{split}.jsonl", "w", encoding="utf-8") as f:
            for pair in generate(n, split, seed):
                f.write(json.dumps(pair) + "\n")
    n_real = 0
    with open(args.out / "real.jsonl", "w", encoding="utf-8") as f:
        for pair in real_pairs(args.real):
            f.write(json.dumps(pair) + "\n")
            n_real += 1
    print(f"wrote {args.train} train, {args.test} test and {n_real} real pairs to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
