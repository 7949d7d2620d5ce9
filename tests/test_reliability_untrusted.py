"""Model output is untrusted text: never run or imported, refused when it carries a NUL byte, names a path or is
too long; the patch applier and the SARIF writer hold up under fuzzing."""
from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

import pytest
import samples
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from aiharden import sarif
from aiharden.repair.candidates import MAX_CANDIDATE_CHARS
from aiharden.repair.candidates import Candidate
from aiharden.repair.edits import Edit
from aiharden.repair.edits import apply_edits
from aiharden.scan import scan_texts
from aiharden.scan.bandit import DEFAULT_SKIP
from aiharden.scan.findings import Finding
from aiharden.scan.findings import Region
from aiharden.verify import verify

FLAGGED = 6  # the yaml.load line of samples.YAML_LOAD
SAFE_LINE = "        return yaml.safe_load(fh)\n"


@pytest.fixture(scope="module")
def scanned() -> tuple[list[Finding], dict[str, tuple[Finding, ...]], dict[str, str]]:
    result = scan_texts({"conf.py": samples.YAML_LOAD})
    findings = [f for f in result.findings if f.region.start_line == FLAGGED]
    assert findings
    return findings, {"conf.py": tuple(result.findings)}, {"conf.py": samples.YAML_LOAD}


def _verdicts(scanned: Any, texts: list[str]) -> list[Any]:
    findings, every, src = scanned
    cands = [Candidate(0, "model", f"m{i}", (Edit(FLAGGED, FLAGGED, t),)) for i, t in enumerate(texts)]
    return verify(findings, every, src, cands, bandit_skip=DEFAULT_SKIP, timeout=120)


def test_good_candidate_passes_every_static_check(scanned: Any) -> None:
    (v,) = _verdicts(scanned, [SAFE_LINE])
    assert v.parses and v.target_fixed and not v.introduces_cwe, v.reason
    # the original raises on every call (yaml.load without a Loader), so no probe confirms the model's rewrite
    assert v.accepted or v.code == "unproven-model", v.reason


@pytest.mark.parametrize(("text", "reason"), [
    pytest.param("        return yaml.safe_load(fh)\0\n", "untrusted-text", id="nul"),
    pytest.param("        return yaml.safe_load(fh)  # " + "x" * MAX_CANDIDATE_CHARS + "\n",
                 "untrusted-text", id="too-long"),
    pytest.param("../../etc/passwd\n", "does-not-parse", id="relative-path"),
    pytest.param("/etc/shadow\n", "does-not-parse", id="absolute-path"),
])
def test_untrusted_candidates_are_refused(scanned: Any, tmp_path: Path, text: str, reason: str) -> None:
    (v,) = _verdicts(scanned, [text])
    assert not v.accepted and v.code == reason


def test_candidate_code_is_never_executed_or_imported(scanned: Any, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    payloads = [
        f"        return yaml.safe_load(fh) or open({str(marker)!r}, 'w').write('x')\n",
        f"        __import__('pathlib').Path({str(marker)!r}).touch(); return yaml.safe_load(fh)\n",
        f"        return yaml.safe_load(fh)\nopen({str(marker)!r}, 'w').write('module level')\n",
        f"        import conf_marker_{marker.name}; return yaml.safe_load(fh)\n",
    ]
    verdicts = _verdicts(scanned, payloads)
    assert len(verdicts) == len(payloads)
    assert not marker.exists()  # verification parses and scans; it never runs what a model wrote


ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@given(ANY_TEXT, st.lists(st.tuples(st.integers(-3, 12), st.integers(-3, 12), ANY_TEXT), max_size=5))
@settings(max_examples=400, deadline=None)
def test_apply_edits_fuzz_only_value_errors(source: str, raw: list[tuple[int, int, str]]) -> None:
    edits = [Edit(s, e, t) for s, e, t in raw]
    try:
        out = apply_edits(source, edits)
    except ValueError:
        return
    assert isinstance(out, str)


PATHS = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30),
    st.sampled_from(["a b/c d.py", "üñí/çödé.py", "x%20y.py", "#frag.py", "q?uery.py", "..py", "a/./b.py",
                     "C:/win.py", "new\nline.py", "tab\t.py", "[]{}.py"]),
)
FINDINGS = st.builds(
    Finding,
    path=PATHS,
    rule_id=st.text(string.ascii_letters + string.digits + "-_.", min_size=1, max_size=20),
    engine=st.sampled_from(["semgrep", "bandit"]),
    cwe=st.lists(st.sampled_from([20, 78, 79, 89, 95, 259, 502, 798, 1333, 99999]), max_size=3, unique=True).map(tuple),
    message=st.text(st.characters(blacklist_categories=("Cs",)), max_size=80),
    region=st.builds(Region, st.integers(1, 500), st.integers(1, 200), st.integers(0, 600), st.integers(0, 300)),
    snippet=st.text(st.characters(blacklist_categories=("Cs",)), max_size=80),
    confidence=st.sampled_from(["HIGH", "MEDIUM", "LOW", "odd"]),
    fix=st.none() | st.text(max_size=20),
)


@given(st.lists(FINDINGS, max_size=6), st.lists(st.text(max_size=40), max_size=3), st.booleans())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_sarif_writer_fuzz_is_always_schema_valid(sarif_validator: Any, tmp_path: Path, findings: list[Finding],
                                                  notices: list[str], with_fix: bool) -> None:
    texts = {f.path: "\n".join(f"line {i}" for i in range(1, 40)) + "\n" for f in findings}
    extras: dict[int, Any] = {}
    if with_fix:
        for i, f in enumerate(findings):
            extras[i] = {"fixes": [sarif.fix(f.path, texts[f.path], (Edit(2, 3, "new line\n"), Edit(9, 8, "ins\n")),
                                             "fix")], "baseline_state": "new"}
    log = sarif.build(findings, texts=texts, notices=notices, root=tmp_path, category="odd/cat",
                      result_extras=extras, absent=findings[:1])
    sarif_validator.validate(log)
    out = tmp_path / "out.sarif"
    sarif.write(out, log)
    again = json.loads(out.read_text(encoding="utf-8"))
    sarif_validator.validate(again)
    for result, f in zip(again["runs"][0]["results"], sorted(findings, key=lambda f: f.path)):
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert not uri.startswith("/") and "\n" not in uri and " " not in uri


@pytest.mark.parametrize("rel", ["../escape.py", "a/../../escape.py", "/tmp/abs-escape.py"])
def test_scan_tree_is_never_written_outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rel: str) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path / "t"))
    (tmp_path / "t").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # pick up TMPDIR
    result = scan_texts({rel: samples.YAML_LOAD, "ok.py": samples.YAML_LOAD})
    assert f"{rel}: skipped, the path leaves the scan tree" in result.errors
    assert {f.path for f in result.findings} == {"ok.py"}
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["t"]
    assert not Path("/tmp/abs-escape.py").exists()
