import importlib, os, csv

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def escape_payload(marker):
    return ("[c for c in ().__class__.__base__.__subclasses__() "
            "if c.__name__ == 'catch_warnings'][0]()._module.__builtins__"
            f"['__import__']('os').mkdir({str(marker)!r})")


def _try(fn, *args):
    try:
        return fn(*args)
    except Exception:
        return None


def test_compute_does_not_execute_code(tmp_path):
    marker = tmp_path / "from_compute"
    _try(mod.compute, escape_payload(marker), {"price": 1, "qty": 2})
    assert not marker.exists(), "formula escaped the sandbox and ran code"


def test_attribute_introspection_blocked():
    result = _try(mod.compute, "().__class__.__base__.__subclasses__()", {})
    assert not isinstance(result, list), "formula reached object internals"


def test_cli_formula_does_not_execute_code(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("price,qty\n1,2\n")
    marker = tmp_path / "from_cli"
    _try(mod.main, [str(src), str(tmp_path / "out.csv"), "--derive", "x=" + escape_payload(marker)])
    assert not marker.exists(), "--derive formula ran arbitrary code"
