"""CWE-78: a shell pipeline (`a | b | c`, `cd DIR && a | b`) → one argument list per command, joined by pipes."""
from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from aiharden.repair.codemods import propose
from aiharden.repair.edits import apply_edits
from aiharden.scan import scan_texts

COUNTER = '''\
"""Line counts."""
import subprocess


def count(path: str, {term}: str) -> int:
    """Lines of path that hold the term."""
    {held}completed = subprocess.run({command}, shell=True, capture_output=True, text=True)
    return int(completed.stdout.strip() or 0)
'''

def _fixed(source: str) -> str:
    findings = [f for f in scan_texts({"app.py": source}).findings if 78 in f.cwe]
    assert findings
    f = findings[0]
    fixes = propose(source, f.rule_id, f.cwe, f.region.start_line, f.region.end_line)
    (fix,) = [x for x in fixes if x.name == "shell-pipeline-to-argv"]
    return apply_edits(source, fix.edits)


def _load(source: str) -> ModuleType:
    module = ModuleType("pipeline_case")
    exec(compile(source, "<pipeline_case>", "exec"), module.__dict__)  # noqa: S102 - the code under test
    return module


@settings(max_examples=6, deadline=None)
@given(shape=st.sampled_from(["f\"cat {path} | grep -F '{term}' | wc -l\"", "f'grep -F \"{term}\" {path} | wc -l'"]),
       term=st.sampled_from(["term", "needle", "word"]), held=st.booleans())
def test_a_pipeline_counts_the_same_and_a_hostile_term_runs_nothing(tmp_path_factory: pytest.TempPathFactory,
                                                                     shape: str, term: str, held: bool) -> None:
    command = shape.replace("{term}", "{" + term + "}")
    if held:
        source = COUNTER.format(term=term, held=f"cmd = {command}\n    ", command="cmd")
    else:
        source = COUNTER.format(term=term, held="", command=command)
    fixed = _fixed(source)
    assert "shell=True" not in fixed and "subprocess.Popen(" in fixed and ".wait()" in fixed
    assert [f.rule_id for f in scan_texts({"app.py": fixed}).findings if 78 in f.cwe] == []
    folder = tmp_path_factory.mktemp("logs")
    log = folder / "app.log"
    log.write_text("ERROR one\nok\nERROR two\nwarn\n")
    original, repaired = _load(source), _load(fixed)
    assert repaired.count(str(log), "ERROR") == original.count(str(log), "ERROR") == 2
    marker = folder / "pwned"
    assert repaired.count(str(log), f"x'; touch {marker}; echo '") == 0
    assert not marker.exists()


CD_THEN_GREP = '''\
"""Log search."""
import subprocess


def search(folder: str, term: str) -> str:
    command = f"cd {folder} && grep -rn -F '{term}' ."
    result = subprocess.run(command, shell=True, capture_output=True, text=True)
    return result.stdout
'''


def test_cd_then_a_command_runs_the_command_in_that_folder(tmp_path: Path) -> None:
    fixed = _fixed(CD_THEN_GREP)
    assert 'subprocess.run(["grep", "-rn", "-F", term, "."], capture_output=True, text=True, cwd=folder)' in fixed
    assert "command = " not in fixed
    (tmp_path / "a.log").write_text("hello world\n")
    assert _load(fixed).search(str(tmp_path), "hello") == _load(CD_THEN_GREP).search(str(tmp_path), "hello")


def test_a_command_text_used_again_elsewhere_is_left_to_other_repairs() -> None:
    logged = CD_THEN_GREP.replace("    return result.stdout", "    print(command)\n    return result.stdout")
    findings = [f for f in scan_texts({"app.py": logged}).findings if 78 in f.cwe]
    f = findings[0]
    assert "shell-pipeline-to-argv" not in [x.name for x in propose(logged, f.rule_id, f.cwe, f.region.start_line,
                                                                       f.region.end_line)]
