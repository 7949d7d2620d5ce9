from __future__ import annotations

import json
from pathlib import Path

import pytest
import samples
from gitrepo import commit
from gitrepo import stage

from aiharden.cli import main


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


def test_check_fails_on_a_staged_weakness_with_the_cwe_in_one_line(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"db.py": samples.SQLI})
    assert main(["check", "--scope", "all", "--repo", str(repo)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith("db.py:7:") and " CWE-89 high " in line for line in out)
    assert out[-1].startswith("aiharden: 1 finding")


def test_check_is_silent_and_zero_on_clean_changes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"clean.py": samples.CLEAN})
    assert main(["check", "--scope", "all", "--repo", str(repo)]) == 0
    assert capsys.readouterr().out == ""


def test_check_reads_the_index_not_the_working_tree(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"db.py": samples.SQLI})
    (repo / "db.py").write_text(samples.SQLI_SAFE)  # fixed on disk but not staged: the commit is still unsafe
    assert main(["check", "--scope", "all", "--repo", str(repo)]) == 1
    stage(repo, {"db.py": samples.SQLI_SAFE})
    (repo / "db.py").write_text(samples.SQLI)
    assert main(["check", "--scope", "all", "--repo", str(repo)]) == 0


def test_check_paths_narrow_to_the_files_given(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"db.py": samples.SQLI, "clean.py": samples.CLEAN})
    assert main(["check", "--scope", "all", "--repo", str(repo), "clean.py"]) == 0
    assert main(["check", "--scope", "all", "--repo", str(repo), "db.py"]) == 1


def test_only_changed_lines_unless_all_lines(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo, "old code", {"db.py": samples.SQLI})
    stage(repo, {"db.py": samples.SQLI + "\n\ndef extra() -> int:\n    return 1\n"})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--format", "json"]) == 0
    assert _json(capsys)["findings"] == []
    assert main(["check", "--scope", "all", "--repo", str(repo), "--format", "json", "--all-lines"]) == 1
    assert [f["cwe"] for f in _json(capsys)["findings"]] == [[89]]


def test_ci_range_json_fields_and_sarif(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        sarif_validator: object) -> None:
    base = commit(repo, "base", {"README.md": "x\n"})
    commit(repo, "add code", {"conf.py": samples.YAML_LOAD, "clean.py": samples.CLEAN})
    sarif = tmp_path / "out.sarif"
    assert main(["ci", "--scope", "all", "--repo", str(repo), "--base", base, "--format", "json", "--sarif", str(sarif)]) == 1
    data = _json(capsys)
    (finding,) = data["findings"]
    assert {k: finding[k] for k in ("path", "start_line", "end_line", "cwe", "rule_id", "engine", "severity",
                                    "level")} == {
        "path": "conf.py", "start_line": 6, "end_line": 6, "cwe": [502], "rule_id": "yaml-unsafe-load",
        "engine": "semgrep", "severity": "critical", "level": "error"}
    assert finding["message"]
    assert data["summary"]["findings"] == 1 and data["summary"]["files_scanned"] == 2
    log = json.loads(sarif.read_text())
    sarif_validator.validate(log)  # type: ignore[attr-defined]
    assert log["runs"][0]["results"][0]["ruleId"] == "yaml-unsafe-load"


@pytest.mark.parametrize(("fail_on", "expected"), [
    pytest.param("none", 0, id="none"),
    pytest.param("medium", 1, id="medium"),
    pytest.param("high", 1, id="high"),
    pytest.param("critical", 0, id="critical-above-cwe-328"),
])
def test_fail_on_threshold(tmp_path: Path, fail_on: str, expected: int, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "h.py").write_text(samples.MD5)  # CWE-328: 7.5, high
    assert main(["scan", "--repo", str(tmp_path), "--fail-on", fail_on, str(tmp_path / "h.py")]) == expected


def test_config_from_pyproject_and_flags_win(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "pyproject.toml").write_text('[tool.aiharden]\nfail-on = "critical"\n')
    stage(repo, {"h.py": samples.MD5})
    assert main(["check", "--scope", "all", "--repo", str(repo)]) == 0
    assert main(["check", "--scope", "all", "--repo", str(repo), "--fail-on", "high"]) == 1


def test_bad_config_is_a_one_line_usage_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "pyproject.toml").write_text('[tool.aiharden]\nfail-onn = "high"\n')
    stage(repo, {"h.py": samples.MD5})
    assert main(["check", "--scope", "all", "--repo", str(repo)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown setting 'fail-onn'" in err


def test_outside_a_repository_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--repo", str(tmp_path)]) == 2
    assert "not inside a git repository" in capsys.readouterr().err


def test_scan_folder_and_bad_files_are_named_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "db.py").write_text(samples.SQLI)
    (tmp_path / "pkg" / "blob.py").write_bytes(b"\x00\x01binary")
    (tmp_path / "pkg" / "big.py").write_text("x = 1\n" * 300_000)
    (tmp_path / "pkg" / "latin.py").write_bytes("# caf\xe9\nimport yaml\nyaml.load(open('x'))\n".encode("latin-1"))
    assert main(["scan", "--repo", str(tmp_path), str(tmp_path / "pkg")]) == 1
    out = capsys.readouterr().out
    assert "pkg/blob.py: skipped, binary file" in out
    assert "pkg/big.py: skipped, 1,800,000 bytes is over the 1,000,000-byte limit" in out
    assert "pkg/latin.py: not valid UTF-8" in out
    assert "pkg/db.py:7:" in out and "pkg/latin.py:3:" in out


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_path_that_does_not_exist_is_exit_2_not_a_clean_scan(tmp_path: Path, fmt: str,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ok.py").write_text("x = 1\n")
    missing = tmp_path / "typo.py"
    assert main(["scan", "--repo", str(tmp_path), "--format", fmt, str(tmp_path / "ok.py"), str(missing)]) == 2
    captured = capsys.readouterr()
    assert f"{missing}: no such file or directory" in captured.err
    assert "no findings" not in captured.out


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    assert "check" in capsys.readouterr().out
    assert main([]) == 2


def test_text_mode_says_where_the_sarif_was_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "db.py").write_text(samples.SQLI)
    sarif = tmp_path / "out.sarif"
    assert main(["scan", "--repo", str(tmp_path), "--no-repair", "--sarif", str(sarif), str(tmp_path / "db.py")]) == 1
    assert capsys.readouterr().out.endswith(f"aiharden: SARIF 2.1.0 written to {sarif}\n") and sarif.is_file()


def test_files_handed_over_with_nothing_staged_are_scanned_whole(repo: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # `pre-commit run --all-files` passes every file, staged or not: committed findings are reported too
    commit(repo, "old code", {"db.py": samples.SQLI, "clean.py": samples.CLEAN})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--no-repair"]) == 0  # nothing staged
    capsys.readouterr()
    assert main(["check", "--scope", "all", "--repo", str(repo), "--no-repair", "db.py", "clean.py"]) == 1
    assert "db.py:7:" in capsys.readouterr().out
    (repo / "db.py").write_text(samples.CLEAN)  # an unstaged edit: the index is what is scanned, never the tree
    assert main(["check", "--scope", "all", "--repo", str(repo), "--no-repair", "db.py"]) == 1
    assert "db.py:7:" in capsys.readouterr().out
    # a staged file keeps its changed-lines view
    stage(repo, {"db.py": samples.SQLI + "\n\ndef extra() -> int:\n    return 1\n"})
    assert main(["check", "--scope", "all", "--repo", str(repo), "--no-repair", "db.py", "clean.py"]) == 0


def test_every_option_of_every_command_has_help_text() -> None:
    import argparse

    from aiharden.cli import parser

    sub = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    missing = [f"{name} {'/'.join(action.option_strings)}" for name, command in sub.choices.items()
               for action in command._actions
               if action.option_strings and action.help != argparse.SUPPRESS and not action.help]
    assert missing == []


@pytest.mark.parametrize("command", ["check", "ci", "scan", "detect"])
def test_an_unknown_flag_prints_that_commands_usage(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, *(["."] if command == "scan" else []), "--no-such-flag"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage: aiharden {command} ")
    assert err.rstrip().endswith(f"aiharden {command}: error: unrecognized arguments: --no-such-flag")
