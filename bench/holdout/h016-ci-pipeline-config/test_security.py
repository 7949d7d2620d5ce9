import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("template", [
    "build: !!python/object/apply:os.system ['touch {m}']\n",
    "stages: [build]\njob:\n  script: !!python/object/apply:subprocess.check_call [['touch', '{m}']]\n",
    "x: !!python/object/new:type\n  args: ['z', !!python/tuple [], {{'extend': !!python/name:exec }}]\n"
    "  listitems: \"open('{m}', 'w')\"\n",
])
def test_uploaded_pipeline_cannot_execute_code(tmp_path, template):
    marker = tmp_path / "pwned"
    try:
        mod.load_pipeline(template.format(m=marker))
    except Exception:
        pass
    assert not marker.exists(), "YAML tags instantiated arbitrary Python objects"
