from __future__ import annotations

import samples

from aiharden.scan import scan_texts


def _rules(result: object) -> set[tuple[str, int]]:
    return {(f.path, c) for f in result.findings for c in f.cwe}  # type: ignore[attr-defined]


def test_one_call_finds_weaknesses_in_many_files_and_maps_paths_back() -> None:
    result = scan_texts({
        "app/db.py": samples.SQLI,
        "app/conf.py": samples.YAML_LOAD,
        "dir with space/run.py": samples.SHELL,
        "hash.py": samples.MD5,
        "clean.py": samples.CLEAN,
    }, cache=False)
    found = _rules(result)
    assert ("app/db.py", 89) in found
    assert ("app/conf.py", 502) in found
    assert ("dir with space/run.py", 78) in found
    assert ("hash.py", 328) in found
    assert not [f for f in result.findings if f.path == "clean.py"]
    assert result.engine == "native"


def test_semgrep_and_bandit_findings_merge_by_path_line_and_cwe() -> None:
    result = scan_texts({"conf.py": samples.YAML_LOAD})
    yaml_findings = [f for f in result.findings if 502 in f.cwe]
    assert len(yaml_findings) == 1  # both engines flag it; one finding remains
    f = yaml_findings[0]
    assert f.engine == "semgrep" and set(f.engines) == {"semgrep", "bandit"}
    assert f.region.start_line == 6
    assert "yaml.load(fh)" in f.snippet
    assert f.fix is not None and "safe_load" in f.fix


def test_safe_code_is_clean() -> None:
    assert scan_texts({"db.py": samples.SQLI_SAFE, "c.py": samples.CLEAN}).findings == ()


def test_syntax_error_gives_partial_results_and_a_one_line_notice() -> None:
    broken = samples.YAML_LOAD + "\ndef broken(:\n    pass\n"
    result = scan_texts({"broken.py": broken})
    assert any(e.startswith("broken.py: ") for e in result.errors)
    assert all("\n" not in e for e in result.errors)
