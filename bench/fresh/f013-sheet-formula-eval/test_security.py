import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _run(formula):
    try:
        mod.apply_formulas("sku,price,qty\nA1,1,1\n", {"x": formula})
    except Exception:
        pass


def test_formula_cannot_call_builtins(tmp_path):
    marker = tmp_path / "pwned.txt"
    _run(f"open({str(marker)!r}, 'w').write('owned') or 1")
    assert not marker.exists()


def test_formula_cannot_import_modules(tmp_path):
    marker = tmp_path / "pwned2.txt"
    _run(f"__import__('pathlib').Path({str(marker)!r}).write_text('owned')")
    assert not marker.exists()


def test_formula_cannot_escape_via_dunder_attributes(tmp_path):
    marker = tmp_path / "pwned3.txt"
    payload = (
        "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0]"
        f".__init__.__globals__['__builtins__']['open']({str(marker)!r}, 'w').write('x')"
    )
    _run(payload)
    assert not marker.exists()
