"""HTML templates (Jinja2, Django) are scanned like code: staged changes, changed lines only, SARIF; no repair yet."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from gitrepo import commit
from gitrepo import stage

from aiharden.cli import main
from aiharden.languages import TEMPLATE
from aiharden.languages import detect

PAGE = """<!doctype html>
<html><body>
  <h1>{{ title }}</h1>
  <div class="bio">{{ user.bio }}</div>
</body></html>
"""


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name", ["templates/page.html", "t/page.htm", "t/page.jinja", "t/mail.j2", "T/X.HTML"])
def test_template_files_are_recognised(name: str) -> None:
    assert detect(name) == TEMPLATE


def test_a_staged_safe_filter_is_reported_on_its_line_without_a_repair(repo: Path, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo, "page", {"templates/page.html": PAGE})
    stage(repo, {"templates/page.html": PAGE.replace("{{ user.bio }}", "{{ user.bio|safe }}")
                 .replace("</body>", "  {% autoescape false %}{{ note }}{% endautoescape %}\n</body>")})
    sarif = tmp_path / "out.sarif"
    assert main(["check", "--scope", "all", "--repo", str(repo), "--format", "json", "--sarif", str(sarif)]) == 1
    data = _json(capsys)
    found = sorted((f["start_line"], f["rule_id"], f["cwe"]) for f in data["findings"])
    assert found == [(4, "template-safe-filter", [79]), (5, "template-autoescape-off", [79])]
    assert {f["repair"]["reason"] for f in data["findings"]} == {"no repair for templates yet"}
    results = json.loads(sarif.read_text())["runs"][0]["results"]
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {
        "templates/page.html"}


def test_an_unchanged_safe_filter_elsewhere_in_the_file_is_not_reported(repo: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo, "page", {"templates/page.html": PAGE.replace("{{ user.bio }}", "{{ user.bio|safe }}")})
    stage(repo, {"templates/page.html": PAGE.replace("{{ user.bio }}", "{{ user.bio|safe }}")
                 .replace("{{ title }}", "{{ title }} - {{ site }}")})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--format", "json"]) == 0
    assert _json(capsys)["findings"] == []


def test_python_files_do_not_get_the_template_rules(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"app.py": 'PAGE = "<div>{{ bio }}</div>"\n', "page.html": PAGE})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--format", "json"]) == 0
    assert _json(capsys)["findings"] == []
