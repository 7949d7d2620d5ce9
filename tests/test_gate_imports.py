"""The gate adds the standard-library imports a rewrite needs before judging it, whatever wrote the rewrite."""
from __future__ import annotations

from aiharden.repair.candidates import Candidate
from aiharden.repair.edits import Edit
from aiharden.verify.prefilter import with_imports

SOURCE = '''"""Tools."""
import subprocess


def run(cmd):
    return subprocess.run(cmd, shell=True)
'''


def _fixed(edits: tuple[Edit, ...]) -> str:
    return with_imports(Candidate(0, "model", "m", edits), SOURCE).apply(SOURCE)


def test_a_module_the_rewrite_uses_is_imported_with_the_others() -> None:
    fixed = _fixed((Edit(6, 6, "    return subprocess.run(shlex.split(cmd))\n"),))
    assert fixed.splitlines()[:4] == ['"""Tools."""', "import subprocess", "import shlex", ""]


def test_nothing_is_added_when_the_file_has_what_the_rewrite_uses() -> None:
    edits = (Edit(6, 6, "    return subprocess.run([cmd])\n"),)
    assert with_imports(Candidate(0, "codemod", "c", edits), SOURCE).edits == edits


def test_names_that_are_not_standard_modules_are_left_to_the_gate() -> None:
    edits = (Edit(6, 6, "    return helpers.run(cmd)\n"),)
    assert with_imports(Candidate(0, "model", "m", edits), SOURCE).edits == edits


def test_a_module_bound_locally_is_not_imported_again() -> None:
    edits = (Edit(6, 6, "    json = load()\n    return json.dumps(cmd)\n"),)
    assert "import json" not in _fixed(edits)


def test_a_rewrite_that_drops_an_import_the_file_still_uses_is_refused() -> None:
    from aiharden.verify.prefilter import _unimported

    new = SOURCE.replace("import subprocess\n", "")
    assert _unimported(SOURCE, new) == "the rewrite removes the import of subprocess, which the file still uses"
    assert _unimported(SOURCE, SOURCE) == ""
