import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def attempt(text):
    try:
        return mod.load_config(text)
    except Exception:
        return None


def test_python_object_tags_are_not_executed(tmp_path):
    marker = tmp_path / "pwned"
    attempt(f'!!python/object/apply:builtins.open ["{marker}", "w"]\n')
    assert not marker.exists()


def test_python_tags_inside_values_are_not_executed(tmp_path):
    marker = tmp_path / "pwned2"
    attempt(f'workers: 2\ndebug: !!python/object/apply:builtins.open ["{marker}", "w"]\n')
    assert not marker.exists()
