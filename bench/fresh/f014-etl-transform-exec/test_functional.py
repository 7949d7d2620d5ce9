import importlib
import json
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SNIPPET = """
total = price * qty
customer = customer.strip().title()
tier = 'gold' if total > 100 else 'basic'
discounted = round(total * 0.9, 2)
"""


def test_run_step_derives_fields():
    out = mod.run_step(
        [{"customer": "  ada lovelace ", "price": 40, "qty": 3}, {"customer": "bob", "price": 5, "qty": 2}],
        SNIPPET,
    )
    assert out[0] == {"customer": "Ada Lovelace", "price": 40, "qty": 3, "total": 120, "tier": "gold", "discounted": 108.0}
    assert out[1]["tier"] == "basic" and out[1]["total"] == 10


def test_builtin_helpers_available():
    t = mod.Transform("n = len(name)\nbig = max(a, b)\nlabel = str(a) + '-' + name.upper()")
    assert t.apply({"name": "abc", "a": 1, "b": 7}) == {"name": "abc", "a": 1, "b": 7, "n": 3, "big": 7, "label": "1-ABC"}


def test_run_file(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"customer": "x", "price": 1, "qty": 1}\n\n{"customer": "y", "price": 2, "qty": 60}\n')
    dest = tmp_path / "out.jsonl"
    assert mod.run_file(src, dest, SNIPPET) == 2
    rows = [json.loads(line) for line in dest.read_text().splitlines()]
    assert [r["tier"] for r in rows] == ["basic", "gold"]
