import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _attempt(snippet):
    try:
        mod.run_step([{"price": 1, "qty": 1, "customer": "x"}], snippet)
    except Exception:
        pass


def test_snippet_cannot_open_files(tmp_path):
    marker = tmp_path / "owned.txt"
    _attempt(f"x = open({str(marker)!r}, 'w').write('owned')")
    assert not marker.exists()


def test_snippet_cannot_import(tmp_path):
    marker = tmp_path / "owned2.txt"
    _attempt(f"import pathlib\nx = pathlib.Path({str(marker)!r}).write_text('owned')")
    assert not marker.exists()


def test_snippet_cannot_reach_builtins_via_dunders(tmp_path):
    marker = tmp_path / "owned3.txt"
    _attempt(
        "x = [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0]"
        f".__init__.__globals__['__builtins__']['open']({str(marker)!r}, 'w').write('x')"
    )
    assert not marker.exists()
