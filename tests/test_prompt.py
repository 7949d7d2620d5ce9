"""The repair model's task format: abstraction, numbering, string pieces, concretize."""
from __future__ import annotations

import random
import re

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from aiharden.repair.prompt import FORMAT_VERSION
from aiharden.repair.prompt import KEEP_NAMES
from aiharden.repair.prompt import Task
from aiharden.repair.prompt import abstract_target
from aiharden.repair.prompt import concretize
from aiharden.repair.prompt import encode
from aiharden.repair.prompt import encode_fitted
from models.data.generate import RULES
from models.data.generate import generate


def _task(region: str, before: str = "", after: str = "", rule: str = "sql-fstring-query") -> Task:
    return Task(89, rule, "python", before, region, after)


def test_format_version_is_an_int() -> None:
    assert isinstance(FORMAT_VERSION, int) and FORMAT_VERSION >= 1


def test_region_is_numbered_before_context() -> None:
    enc, _ = encode(_task("    rows = cur.execute(q)\n", before="    total = other_name\n"))
    assert enc.mapping["VAR_0"] == "rows" and enc.mapping["VAR_1"] == "cur"
    assert enc.mapping["VAR_3"] == "total" and enc.mapping["VAR_4"] == "other_name"
    assert enc.text.index("<region>") < enc.text.index("VAR_0 = VAR_1.execute(VAR_2)")


def test_sql_words_become_placeholders_and_keywords_stay() -> None:
    enc, _ = encode(_task("cursor.execute(f\"SELECT name FROM users WHERE id = '{user_id}'\")\n"))
    region = enc.text.split("<region>\n")[1].split("</region>")[0]
    assert region == "cursor.execute(f\"SELECT STR_0 FROM STR_1 WHERE STR_2 = '{VAR_0}'\")\n"


def test_shell_words_and_format_pieces() -> None:
    enc, _ = encode(_task('os.system("tar -czf %s.tar.gz " % name + other)  # pack it\n', rule="os-system-call"))
    region = enc.text.split("<region>\n")[1].split("</region>")[0]
    assert region == 'os.system("STR_0 -STR_1 %s.STR_0.STR_2 " % VAR_0 + VAR_1)  CMT_0\n'
    assert enc.mapping["CMT_0"] == "# pack it"


def test_any_rule_id_and_cwe_are_accepted() -> None:
    enc, _ = encode(Task(78, "B602", "python", "", "subprocess.call(cmd, shell=True)\n", ""))
    assert enc.text.startswith("<cwe>78<rule>B602<lang>python\n")


def test_indentation_is_stripped_and_restored() -> None:
    region = "        if flag:\n            os.system(cmd)\n"
    enc, ab = encode(_task(region))
    assert "<region>\nif VAR_0:\n    os.system(VAR_1)\n</region>" in enc.text
    assert concretize(abstract_target(region, enc, ab), enc) == region


def test_absent_placeholder_is_rejected() -> None:
    enc, _ = encode(_task("x = eval(data)\n"))
    assert concretize("VAR_0 = ast.literal_eval(VAR_1)", enc) == "x = ast.literal_eval(data)\n"
    assert concretize("VAR_0 = ast.literal_eval(VAR_7)", enc) is None
    assert concretize("VAR_0 = STR_0", enc) is None


def test_new_names_in_a_fix_stay_literal() -> None:
    enc, ab = encode(_task('API_TOKEN = "abc123"\n', rule="hardcoded-secret-key"))
    target = abstract_target('API_TOKEN = os.environ["API_TOKEN"]\n', enc, ab)
    assert target == 'VAR_0 = os.environ["VAR_0"]\n'


def test_context_is_dropped_to_fit() -> None:
    task = _task("y = eval(x)\n", before="a = 1\nb = 2\nc = 3\n", after="d = 4\ne = 5\n")
    enc, _ = encode_fitted(task, lambda s: len(s.split()), 12)
    assert len(enc.text.split()) <= 12
    assert set(enc.mapping.values()) == {"y", "x", "c", "d"}  # the farthest lines went first


@pytest.mark.parametrize("split", ["train", "test"])
def test_round_trip_on_generated_pairs(split: str) -> None:
    pairs = generate(600, split, seed=5)
    assert {p["rule_id"] for p in pairs} == set(RULES)
    for p in pairs:
        task = Task(int(p["cwe"]), str(p["rule_id"]), "python", str(p["before"]), str(p["region"]), str(p["after"]))
        enc, ab = encode(task)
        assert concretize(abstract_target(str(p["fixed"]), enc, ab), enc) == p["fixed"]
        assert concretize(abstract_target(str(p["region"]), enc, ab), enc) == p["region"]


def test_name_pools_are_disjoint() -> None:
    names = lambda split: {m for p in generate(400, split, 3) for m in re.findall(r"\b[a-z]+\b", str(p["region"]))}  # noqa: E731
    from models.data.names import Pool

    train, test = Pool(0, random.Random(0)), Pool(1, random.Random(0))
    assert not set(train.words) & set(test.words)
    assert names("train") and names("test")


_ident = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True)
_text = st.text(alphabet=st.sampled_from(list("abcXYZ019 _-./:%'{}")), max_size=20)


@settings(max_examples=150, deadline=None)
@given(a=_ident, b=_ident, s=_text, indent=st.sampled_from(["", "    ", "\t"]), fstr=st.booleans())
def test_round_trip_property(a: str, b: str, s: str, indent: str, fstr: bool) -> None:
    body = s.replace("\\", "").replace('"', "")
    if fstr:
        body = body.replace("{", "{{").replace("}", "}}") + "{" + b + "}"
    lit = ("f" if fstr else "") + '"' + body + '"'
    region = f"{indent}{a} = call({b}, {lit})  # note {s}\n"
    enc, ab = encode(_task(region, before=f"{indent}{b} = {a}\n"))
    assert concretize(abstract_target(region, enc, ab), enc) == region
    assert enc.mapping.get("VAR_0") == a or a in KEEP_NAMES
