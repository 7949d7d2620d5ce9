import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def attempt(expression):
    try:
        mod.Calculator().evaluate(expression)
    except Exception:
        pass


def test_expression_cannot_run_code(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    attempt("__import__('pathlib').Path('pwned').write_text('x')")
    assert not (tmp_path / "pwned").exists()


def test_expression_cannot_run_code_without_builtins(tmp_path, monkeypatch):
    # Classic escape that still works when eval() is handed empty __builtins__.
    monkeypatch.chdir(tmp_path)
    attempt(
        "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0]"
        ".__init__.__globals__['__builtins__']['open']('pwned2', 'w').close()"
    )
    assert not (tmp_path / "pwned2").exists()
