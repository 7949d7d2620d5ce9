from __future__ import annotations

import json
from importlib import resources

import pytest

from aiharden import cwe


def _data(name: str) -> dict[str, dict[str, object]]:
    return json.loads(resources.files("aiharden").joinpath("data").joinpath(name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(("cwe_id", "score", "rank"), [
    pytest.param(78, 9.8, 7, id="cwe-78"),
    pytest.param(502, 9.8, 16, id="cwe-502"),
    pytest.param(798, 9.8, 22, id="cwe-798"),
    pytest.param(89, 8.8, 3, id="cwe-89"),
    pytest.param(22, 7.5, 5, id="cwe-22"),
    pytest.param(79, 6.1, 1, id="cwe-79"),
    pytest.param(918, 9.1, 19, id="cwe-918"),
    pytest.param(400, 7.5, 24, id="cwe-400"),
    pytest.param(94, 9.3, 11, id="cwe-94"),
    pytest.param(328, 7.5, None, id="cwe-328"),
    pytest.param(1333, 7.5, None, id="cwe-1333"),
    pytest.param(916, 7.5, None, id="cwe-916"),
])
def test_documented_scores_and_top25_ranks(cwe_id: int, score: float, rank: int | None) -> None:
    info = cwe.lookup(cwe_id)
    assert (info.id, info.security_severity, info.top25) == (cwe_id, score, rank)


def test_names_are_mitre_names() -> None:
    assert cwe.lookup(89).name == "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')"
    assert cwe.lookup(918).name == "Server-Side Request Forgery (SSRF)"
    assert cwe.lookup(1333).name == "Inefficient Regular Expression Complexity"
    assert cwe.lookup(916).name == "Use of Password Hash With Insufficient Computational Effort"


def test_unknown_cwe_gets_a_neutral_entry_and_never_raises() -> None:
    assert cwe.lookup(99999) == cwe.CweInfo(99999, "CWE-99999", 5.0, None)
    assert cwe.severity_of([99999]) == (5.0, "medium")


@pytest.mark.parametrize(("score", "expected"), [
    pytest.param(10.0, "critical", id="10.0"),
    pytest.param(9.0, "critical", id="9.0"),
    pytest.param(8.9, "high", id="8.9"),
    pytest.param(7.0, "high", id="7.0"),
    pytest.param(6.9, "medium", id="6.9"),
    pytest.param(4.0, "medium", id="4.0"),
    pytest.param(3.9, "low", id="3.9"),
    pytest.param(0.1, "low", id="0.1"),
])
def test_level_boundaries(score: float, expected: str) -> None:
    assert cwe.level(score) == expected
    assert expected in cwe.LEVELS


def test_levels_are_ordered_low_to_critical() -> None:
    assert cwe.LEVELS == ("low", "medium", "high", "critical")


def test_severity_is_the_highest_over_the_ids() -> None:
    assert cwe.severity_of([79, 89]) == (8.8, "high")
    assert cwe.severity_of([489, 215]) == (7.5, "high")
    assert cwe.severity_of([78]) == (9.8, "critical")
    assert cwe.severity_of([117]) == (5.3, "medium")


@pytest.mark.parametrize(("test_id", "reported", "expected"), [
    pytest.param("B307", 78, 95, id="eval-to-95"),
    pytest.param("B506", 20, 502, id="yaml-load-to-502"),
    pytest.param("B310", 22, 918, id="urlopen-to-918"),
    pytest.param("B701", 94, 79, id="jinja2-autoescape-to-79"),
    pytest.param("B201", 94, 489, id="flask-debug-to-489"),
    pytest.param("B102", 78, 94, id="exec-to-94"),
    pytest.param("B324", 327, 328, id="hashlib-to-328"),
    pytest.param("B311", 330, 338, id="random-to-338"),
    pytest.param("B105", 259, 798, id="password-to-798"),
    pytest.param("B602", 78, 78, id="shell-true-kept"),
    pytest.param("B608", 89, 89, id="sql-kept"),
    pytest.param("b307", 78, 95, id="lower-case-test-id"),
])
def test_bandit_remaps(test_id: str, reported: int, expected: int) -> None:
    assert cwe.bandit_cwe(test_id, reported) == expected


def test_unknown_bandit_test_keeps_what_bandit_reported() -> None:
    assert cwe.bandit_cwe("B999", 79) == 79
    assert cwe.bandit_cwe("B999", None) == 0


def test_bandit_table_covers_every_installed_bandit_test() -> None:
    from bandit.core import extension_loader

    manager = extension_loader.MANAGER
    ids = set(manager.plugins_by_id) | {b["id"] for tests in manager.blacklist.values() for b in tests}
    table = _data("bandit_cwe.json")
    assert ids <= set(table), sorted(ids - set(table))
    for test_id, entry in table.items():
        assert entry["rule_name"], test_id
        if entry["cwe"] != entry["bandit_cwe"]:
            assert entry["reason"], f"{test_id} is remapped without a reason"


def test_every_bandit_cwe_before_and_after_remapping_is_in_the_catalog() -> None:
    catalog = _data("cwe.json")
    for test_id, entry in _data("bandit_cwe.json").items():
        for key in ("cwe", "bandit_cwe"):
            assert str(entry[key]) in catalog, (test_id, key, entry[key])


def test_catalog_entries_are_well_formed() -> None:
    for key, entry in _data("cwe.json").items():
        assert key.isdigit()
        assert isinstance(entry["name"], str) and entry["name"]
        score = entry["security_severity"]
        assert isinstance(score, float) and 0.1 <= score <= 10.0, key
        rank = entry["top25"]
        assert rank is None or (isinstance(rank, int) and 1 <= rank <= 25), key
        assert entry["basis"], key


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("CWE-89: Improper Neutralization of Special Elements used in an SQL Command", 89, id="full"),
    pytest.param("CWE-89", 89, id="short"),
    pytest.param("cwe-1333", 1333, id="lower"),
    pytest.param("89", 89, id="bare"),
    pytest.param(" CWE-502 ", 502, id="padded"),
])
def test_parse_cwe(text: str, expected: int) -> None:
    assert cwe.parse_cwe(text) == expected


def test_parse_cwe_rejects_text_without_an_id() -> None:
    with pytest.raises(ValueError):
        cwe.parse_cwe("SQL injection")


def test_every_bandit_test_we_map_has_our_own_wording() -> None:
    import json
    from importlib import resources

    table = json.loads(resources.files("aiharden").joinpath("data/bandit_cwe.json").read_text())
    for test_id in table:
        message = cwe.bandit_message(test_id)
        assert message and message.endswith(".") and len(message.split(". ")) >= 2, test_id  # what, why, fix
    assert cwe.bandit_message("B999") is None  # an unknown test keeps bandit's own text


def test_an_engines_doubt_caps_the_severity() -> None:
    from aiharden.cwe import finding_severity

    assert cwe.severity_of((89,))[1] in ("high", "critical")
    assert finding_severity((89,), "HIGH") == finding_severity((89,), "MEDIUM") == cwe.severity_of((89,))
    assert finding_severity((89,), "LOW") == (6.9, "medium")  # a low-confidence finding is never high or critical
    assert finding_severity((338,), "HIGH", "LOW")[1] == "low"  # bandit's own low severity
    assert finding_severity((117,), "LOW", "LOW")[1] == "low"
    assert finding_severity((117,), "HIGH", "HIGH") == finding_severity((117,))  # nothing to cap


def test_random_for_a_pick_is_low_and_random_for_a_token_is_not(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from aiharden.scan import scan_texts

    text = ('import random\n\n\ndef pick(colors):\n    return random.choice(colors)\n\n\n'
            'def token():\n    return "".join(random.choice("abcdef0123456789") for _ in range(32))\n')
    by_line = {f.region.start_line: f.severity()[1] for f in scan_texts({"m.py": text}).findings}
    assert by_line[5] == "low"  # bandit's B311, severity LOW: --fail-on medium lets it pass
    assert by_line[9] in ("high", "critical")  # the token rule
