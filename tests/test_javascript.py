"""JavaScript and TypeScript files: scanned by semgrep with their own rules, diff-aware, kept out of bandit and of
the Python-only repair stages (the model, the probes); their repairs are tests/test_js_repair.py's."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import samples
import yaml
from gitrepo import commit
from gitrepo import stage

from aiharden import languages
from aiharden.cli import main
from aiharden.scan import scan_texts
from aiharden.scan import semgrep

ROOT = Path(__file__).resolve().parent.parent

SEARCH_TS = '''\
import type { Request, Response } from "express";
import { Pool } from "pg";

const pool = new Pool();

export async function search(req: Request, res: Response): Promise<void> {
  const rows = await pool.query(`SELECT * FROM products WHERE name = '${req.query.q}'`);
  res.json(rows.rows);
}
'''

COMMENT_TSX = '''\
export function Comment({ body }: { body: string }) {
  return <div className="comment" dangerouslySetInnerHTML={{ __html: body }} />;
}
'''


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("path", "head", "expected"), [
    pytest.param("app.js", b"", "javascript", id="js"),
    pytest.param("web/view.jsx", b"", "javascript", id="jsx"),
    pytest.param("lib/esm.mjs", b"", "javascript", id="mjs"),
    pytest.param("lib/cjs.cjs", b"", "javascript", id="cjs"),
    pytest.param("src/api.ts", b"", "javascript", id="ts"),
    pytest.param("src/App.tsx", b"", "javascript", id="tsx"),
    pytest.param("tool.py", b"", "python", id="py"),
    pytest.param("bin/tool", b"#!/usr/bin/env python3\n", "python", id="python-script"),
    pytest.param("bin/run", b"#!/usr/bin/env node\n", None, id="node-script-not-scanned"),
    pytest.param("styles.css", b"", None, id="css"),
])
def test_language_of_a_file(path: str, head: bytes, expected: str | None) -> None:
    assert languages.detect(path, head) == expected


def test_python_files_get_only_the_python_rules() -> None:
    assert semgrep.rules_for(["a.py", "bin/tool"]) == (semgrep.RULES_DIR,)
    assert semgrep.rules_for(["a.py", "web/app.ts"]) == (semgrep.RULES_DIR, semgrep.RULES_ROOT / "javascript")
    assert semgrep.rules_for(["web/app.js"]) == (semgrep.RULES_ROOT / "javascript",)


def test_one_call_scans_python_and_javascript_and_bandit_reads_only_python() -> None:
    result = scan_texts({"db.py": samples.SQLI, "server.js": samples.JS_EXEC, "api/search.ts": SEARCH_TS,
                         "ui/Comment.tsx": COMMENT_TSX, "safe.js": samples.JS_EXEC_SAFE})
    found = {(f.path, f.rule_id, f.cwe, f.region.start_line) for f in result.findings}
    assert ("server.js", "js-child-process-exec", (78,), 7) in found
    assert ("api/search.ts", "js-sql-built-query", (89,), 7) in found
    assert ("ui/Comment.tsx", "js-react-dangerously-set-inner-html", (79,), 2) in found
    assert any(f.path == "db.py" and 89 in f.cwe for f in result.findings)
    assert not [f for f in result.findings if f.path == "safe.js"]
    assert {f.engine for f in result.findings if f.path.endswith((".js", ".ts", ".tsx"))} == {"semgrep"}
    assert result.errors == ()  # bandit never saw a JavaScript file


def test_staged_javascript_weakness_is_reported_in_json_and_sarif(repo: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str],
                                                                   sarif_validator: object) -> None:
    stage(repo, {"server.js": samples.JS_EXEC})
    sarif = tmp_path / "out.sarif"
    assert main(["check", "--scope", "all", "--repo", str(repo), "--format", "json", "--sarif", str(sarif)]) == 1
    data = _json(capsys)
    (finding,) = data["findings"]
    assert {k: finding[k] for k in ("path", "start_line", "cwe", "rule_id", "engine", "severity")} == {
        "path": "server.js", "start_line": 7, "cwe": [78], "rule_id": "js-child-process-exec", "engine": "semgrep",
        "severity": "critical"}
    repair = finding["repair"]
    assert (repair["status"], repair["source"], repair["name"], repair["verification"]) == (
        "fixed", "codemod", "js-exec-to-execfile", "static")  # no probe for JavaScript: static without tests
    assert '+  execFile("ping", ["-c", "1", req.query.host], (err, stdout)' in repair["patch"]
    log = json.loads(sarif.read_text())
    sarif_validator.validate(log)  # type: ignore[attr-defined]
    (result,) = log["runs"][0]["results"]
    assert result["ruleId"] == "js-child-process-exec"
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "server.js"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 7
    assert result["properties"]["repair"]["status"] == "fixed"
    assert result["fixes"][0]["artifactChanges"][0]["artifactLocation"]["uri"] == "server.js"
    (rule,) = log["runs"][0]["tool"]["driver"]["rules"]
    assert "external/cwe/cwe-078" in rule["properties"]["tags"]
    assert rule["fullDescription"]["text"].startswith("child_process.exec() runs its command through the shell")


def test_staged_clean_javascript_gives_no_finding(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"server.js": samples.JS_EXEC_SAFE,
                 "ui/Comment.tsx": "export const Comment = ({ body }) => <p>{body}</p>;\n"})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--format", "json"]) == 0
    data = _json(capsys)
    assert data["findings"] == []
    assert data["summary"]["files_scanned"] == 2


def test_only_changed_javascript_lines_unless_all_lines(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo, "old code", {"server.js": samples.JS_EXEC})
    stage(repo, {"server.js": samples.JS_EXEC + "\nfunction extra() {\n  return 1;\n}\n"})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--format", "json"]) == 0
    assert _json(capsys)["findings"] == []
    assert main(["check", "--scope", "all", "--repo", str(repo), "--format", "json", "--all-lines"]) == 1
    assert [f["cwe"] for f in _json(capsys)["findings"]] == [[78]]


def test_ci_range_reports_a_new_typescript_weakness_with_its_baseline(repo: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    base = commit(repo, "base", {"api/search.ts": SEARCH_TS.replace("${req.query.q}", "shoes")})
    commit(repo, "search by query", {"api/search.ts": SEARCH_TS})
    assert main(["ci", "--scope", "all", "--repo", str(repo), "--base", base, "--format", "json"]) == 1
    (finding,) = _json(capsys)["findings"]
    assert (finding["path"], finding["cwe"], finding["rule_id"]) == ("api/search.ts", [89], "js-sql-built-query")


def test_scan_folder_picks_javascript_and_typescript_and_names_what_it_skips(tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "web" / "node_modules" / "dep").mkdir(parents=True)
    (tmp_path / "web" / "node_modules" / "dep" / "index.js").write_text(samples.JS_EXEC)  # not ours: not scanned
    (tmp_path / "web" / "server.js").write_text(samples.JS_EXEC)
    (tmp_path / "web" / "Comment.tsx").write_text(COMMENT_TSX)
    (tmp_path / "notes.txt").write_text("eval(x)\n")
    assert main(["scan", "--repo", str(tmp_path), "--format", "json", str(tmp_path / "web"),
                 str(tmp_path / "notes.txt")]) == 1
    data = _json(capsys)
    assert sorted((f["path"], f["cwe"]) for f in data["findings"]) == [("web/Comment.tsx", [79]),
                                                                       ("web/server.js", [78])]
    assert "notes.txt: skipped, not a supported language (Python, JavaScript, TypeScript, HTML templates)" in data["notices"]


def test_a_javascript_file_that_does_not_parse_is_reported_not_fatal(repo: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"server.js": samples.JS_EXEC + "\nfunction broken( {\n", "db.py": samples.SQLI})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--format", "json"]) == 1
    data = _json(capsys)
    assert any(f["path"] == "db.py" and f["repair"]["status"] in ("fixed", "partial") for f in data["findings"])
    assert any(n.startswith("server.js: ") for n in data["notices"])


def test_the_pre_commit_hook_is_offered_javascript_and_typescript_files() -> None:
    from identify import identify

    (hook,) = [h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()) if h["id"] == "aiharden"]
    for suffix in languages.SUFFIXES:
        assert identify.tags_from_filename(f"f{suffix}") & set(hook["types_or"]), suffix
    assert "types" not in hook
