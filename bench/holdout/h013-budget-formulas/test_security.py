import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("formula", [
    "=__import__('pathlib').Path({m!r}).write_text('owned')",
    "=open({m!r}, 'w').write('owned')",
    "=(lambda p: __import__('os').system('touch ' + p))({m!r}) or 1",
])
def test_formula_cannot_execute_python(tmp_path, formula):
    marker = tmp_path / "pwned.txt"
    budget = mod.Budget()
    budget.set("Z9", formula.format(m=str(marker)))
    try:
        budget.value("Z9")
    except Exception:
        pass
    assert not marker.exists(), "cell formula executed arbitrary Python"
