import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("rule", [
    "__import__('os').system('touch {m}') == 0",
    "open('{m}', 'w').write('x') > 0",
    "record['level'] == 'X' or [ __import__('pathlib').Path('{m}').touch() ]",
    "record.__class__.__mro__[-1].__subclasses__() and open('{m}', 'w')",
])
def test_rule_cannot_run_arbitrary_code(tmp_path, rule):
    marker = tmp_path / "pwned"
    try:
        f = mod.LogFilter([rule.format(m=marker)])
        list(f.apply([{"level": "INFO", "msg": "hello"}]))
    except Exception:
        pass
    assert not marker.exists(), "a filter rule executed arbitrary code"


def test_rule_cannot_break_out_of_the_template_parentheses(tmp_path):
    marker = tmp_path / "pwned_breakout"
    rule = f"0) or __import__('os').system('touch {marker}') or (0"
    try:
        mod.compile_rule(rule)({"level": "INFO"})
    except Exception:
        pass
    assert not marker.exists()
