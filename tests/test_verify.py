"""The verification gate, with real scans: what it accepts and why it rejects."""
from __future__ import annotations

import samples

from aiharden.repair.candidates import Candidate
from aiharden.repair.candidates import gather
from aiharden.repair.edits import Edit
from aiharden.scan import scan_texts
from aiharden.scan.bandit import DEFAULT_SKIP
from aiharden.verify import choose
from aiharden.verify import verify


def _setup(path: str, text: str) -> tuple[list, dict, dict]:
    result = scan_texts({path: text})
    findings = list(result.findings)
    return findings, {path: tuple(findings)}, {path: text}


def _verdicts(path: str, text: str, replacements: list[tuple[str, int, int, str]]) -> tuple[list, list]:
    findings, every, texts = _setup(path, text)
    assert findings
    cands = [Candidate(0, "model", name, (Edit(s, e, new),)) for name, s, e, new in replacements]
    return findings, verify(findings, every, texts, cands, bandit_skip=DEFAULT_SKIP, timeout=120)


def test_codemod_sql_parameterisation_is_verified() -> None:
    findings, every, texts = _setup("db.py", samples.SQLI)
    cands = gather(findings, texts, model=None)
    assert any(c.source == "codemod" for c in cands)
    verdicts = verify(findings, every, texts, cands, bandit_skip=DEFAULT_SKIP, timeout=120)
    (repair,) = choose(len(findings), verdicts)
    assert repair.status == "fixed"
    assert repair.chosen is not None and repair.chosen.fixes_cwe == (89,) and repair.chosen.introduces_cwe == ()
    assert "?" in repair.chosen.candidate.edits[0].text


def test_rejections_say_why() -> None:
    line = '        return yaml.load(fh)\n'
    _, verdicts = _verdicts("conf.py", samples.YAML_LOAD, [
        ("delete", 6, 6, "        pass\n"),
        ("swap-cwe", 6, 6, "        return eval(fh.read())\n"),
        ("broken", 6, 6, "        return yaml.safe_load(fh\n"),
        ("nul", 6, 6, "        return yaml.safe_load(fh)\0\n"),
        ("same", 6, 6, line.replace("fh", "fh ")),
        ("good", 6, 6, "        return yaml.safe_load(fh)\n"),
    ])
    reasons = {v.candidate.name: v.code for v in verdicts}
    assert reasons["delete"] == "deletes-code"
    assert reasons["swap-cwe"] == "introduces-cwe"
    assert reasons["broken"] == "does-not-parse"
    assert reasons["nul"] == "untrusted-text"
    assert reasons["same"] == "finding-remains"
    # the original raises on every call (yaml.load without a Loader), so no probe can confirm the model's rewrite
    assert reasons["good"] == "unproven-model"
    good = next(v for v in verdicts if v.candidate.name == "good")
    assert good.parses and good.target_fixed and "probe" in good.reason
    swap = next(v for v in verdicts if v.candidate.name == "swap-cwe")
    assert swap.fixes_cwe == (502,) and swap.introduces_cwe == (95,)


def test_trading_md5_for_sha1_is_not_a_fix() -> None:
    _, verdicts = _verdicts("h.py", samples.MD5, [("sha1", 5, 5, "    return hashlib.sha1(password.encode()).hexdigest()\n")])
    assert verdicts[0].code == "finding-remains"


def test_dropping_the_call_is_not_a_fix() -> None:
    _, verdicts = _verdicts("run.py", samples.SHELL, [("no-call", 5, 5, "    name = name\n")])
    assert verdicts[0].code == "deletes-code"
    assert not verdicts[0].accepted


def test_a_model_literal_found_nowhere_in_the_file_is_not_offered() -> None:
    findings, every, texts = _setup("sec.py", 'import os\n\nDB_PASSWORD = "hunter2-very-secret"\n')
    guessed = Candidate(0, "model", "m", (Edit(3, 3, 'DB_PASSWORD = os.environ["PWD"]\n'),))
    derived = Candidate(0, "codemod", "c", (Edit(3, 3, 'DB_PASSWORD = os.environ["PWD"]\n'),))
    v_model, v_codemod = verify(findings, every, texts, [guessed, derived], bandit_skip=DEFAULT_SKIP, timeout=120)
    assert v_model.code == "invented-literal" and '"PWD"' in v_model.reason
    assert v_codemod.accepted  # codemods derive their names from the code; the gate judges them on the scan


def test_the_gate_adds_a_standard_module_import_and_refuses_names_nothing_binds() -> None:
    findings, every, texts = _setup("conf.py", samples.YAML_LOAD.replace("yaml.load(fh)", "eval(fh.read())"))
    no_import = Candidate(0, "model", "m", (Edit(6, 6, "        return ast.literal_eval(fh.read())\n"),))
    unbound = Candidate(0, "model", "m", (Edit(6, 6, "        return literal_eval(fh.read())\n"),))
    v1, v2 = verify(findings, every, texts, [no_import, unbound], bandit_skip=DEFAULT_SKIP, timeout=120)
    assert "import ast\n" in [e.text for e in v1.candidate.edits]
    assert v1.parses and v1.target_fixed and v1.code in ("", "unproven-model")
    assert v2.code == "undefined-name" and "literal_eval" in v2.reason


def test_a_model_rewrite_is_offered_only_when_the_probe_confirms_it() -> None:
    """The same rewrite from a codemod is offered at `static`; from the model it needs the probe's `exploit`."""
    text = samples.YAML_LOAD.replace("yaml.load(fh)", "eval(fh.read())")
    findings, every, texts = _setup("conf.py", text)
    rewrite = (Edit(6, 6, "        return ast.literal_eval(fh.read())\n"),)
    mech, model = verify(findings, every, texts, [Candidate(0, "codemod", "c", rewrite), Candidate(0, "model", "m", rewrite)],
                         bandit_skip=DEFAULT_SKIP, timeout=120, probe=False)
    assert mech.accepted and mech.level == "static"
    assert not model.accepted and model.code == "unproven-model" and model.target_fixed


NO_TIMEOUT = '''import requests


def fetch(url: str) -> bytes:
    return requests.get(url, params={"lang": "en"}).content
'''


def test_a_model_rewrite_the_probe_confirms_is_offered_at_exploit() -> None:
    _, (good, loses) = _verdicts("fetch.py", NO_TIMEOUT, [
        ("timeout", 5, 5, '    return requests.get(url, params={"lang": "en"}, timeout=10).content\n'),
        ("params", 5, 5, '    return requests.get(url, params="lang", timeout=10).content\n')])
    assert good.accepted and good.level == "exploit", good.reason
    # the request it sends is another one: the probe compares what each request carries
    assert loses.code == "changes-behaviour" and "params" in loses.reason


VERIFY_OFF = 'import requests\n\n\ndef fetch(url):\n    return requests.get(url, verify=False, timeout=10).content\n'


def test_keeping_the_call_but_dropping_what_was_read_from_it_is_not_a_fix() -> None:
    _, verdicts = _verdicts("fetch.py", VERIFY_OFF, [
        ("drops-content", 5, 5, "    return requests.get(url, verify=True, timeout=10)\n"),
        ("keeps-content", 5, 5, "    return requests.get(url, verify=True, timeout=10).content\n"),
    ])
    reasons = {v.candidate.name: v.reason for v in verdicts}
    assert reasons["drops-content"] == "the rewrite no longer reads .content from the result of requests.get(...)"
    assert reasons["keeps-content"] == ""


def test_a_codemod_is_chosen_over_a_smaller_model_candidate_that_clears_the_same_finding() -> None:
    findings, every, texts = _setup("fetch.py", VERIFY_OFF)
    short = Candidate(0, "model", "m", (Edit(5, 5, "    return requests.get(url, timeout=10).content\n"),))
    long = Candidate(0, "codemod", "c", (Edit(5, 5, "    return requests.get(url, verify=True, timeout=10).content\n"),))
    verdicts = verify(findings, every, texts, [short, long], bandit_skip=DEFAULT_SKIP, timeout=120)
    assert all(v.accepted for v in verdicts)
    (repair,) = choose(len(findings), verdicts)
    assert repair.chosen is not None and repair.chosen.candidate.source == "codemod"


ATTACH = '''\
import os


def read_attachment(upload_dir, filename):
    path = os.path.join(upload_dir, filename)
    with open(path, "rb") as fh:
        return fh.read()
'''


def test_a_codemod_may_fix_the_value_where_it_is_defined_a_model_may_not() -> None:
    findings, every, texts = _setup("att.py", ATTACH)
    assert [f.region.start_line for f in findings] == [6]
    fixed = "    path = os.path.join(upload_dir, os.path.basename(filename))\n"
    by_codemod = Candidate(0, "codemod", "c", (Edit(5, 5, fixed),))
    by_model = Candidate(0, "model", "m", (Edit(5, 5, fixed),))
    unrelated = Candidate(0, "codemod", "u", (Edit(4, 4, "def read_attachment(upload_dir, filename, mode=None):\n"),))
    v_codemod, v_model, v_unrelated = verify(findings, every, texts, [by_codemod, by_model, unrelated],
                                             bandit_skip=DEFAULT_SKIP, timeout=120, probe=False)
    assert v_codemod.accepted and v_codemod.fixes_cwe == (22,) and v_codemod.level == "static"
    assert v_model.code == "off-target"
    assert v_unrelated.code == "finding-remains"  # the flagged line kept its finding


def test_replacing_a_leaked_traceback_with_a_message_is_not_a_deletion() -> None:
    source = ('import traceback\n\n\ndef handle(body):\n    try:\n        return 200, {"ok": parse(body)}\n'
              '    except Exception:\n        return 400, {"error": "failed", "detail": traceback.format_exc()}\n')
    findings, every, texts = _setup("h.py", source)
    generic = Candidate(0, "codemod", "generic-error-message",
                        (Edit(8, 8, '        return 400, {"error": "failed", "detail": "Internal server error"}\n'),))
    (verdict,) = verify(findings, every, texts, [generic], bandit_skip=DEFAULT_SKIP, timeout=120)
    assert verdict.accepted, verdict.reason


def test_a_model_rewrite_that_loses_an_input_or_a_read_is_not_offered() -> None:
    source = ('import hashlib\nimport os\n\n\ndef hash_password(password, salt=None):\n'
              '    salt = salt if salt is not None else os.urandom(16)\n'
              '    digest = hashlib.sha1(salt + password.encode("utf-8")).hexdigest()\n'
              '    return f"{salt.hex()}${digest}"\n')
    findings, every, texts = _setup("pw.py", source)
    assert findings
    line = 7
    cands = [Candidate(i, "model", name, (Edit(line, line, new),)) for i in range(len(findings)) for name, new in (
        ("loses-password", '    digest = hashlib.sha256(salt).hexdigest()\n'),
        ("loses-hexdigest", '    digest = hashlib.sha256(salt + password.encode("utf-8"))\n'),
    )]
    reasons = {v.candidate.name: v.reason for v in verify(findings, every, texts, cands, bandit_skip=DEFAULT_SKIP,
                                                          timeout=120)}
    assert reasons == {"loses-password": "the rewrite no longer uses the value password that the statement read",
                       "loses-hexdigest": "the rewrite no longer reads .hexdigest from a call's result"}
    codemods = gather(findings, texts, model=None)
    verdicts = verify(findings, every, texts, codemods, bandit_skip=DEFAULT_SKIP, timeout=120)
    repairs = choose(len(findings), verdicts)
    assert all(r.chosen is not None and "pbkdf2_hmac" in r.chosen.candidate.edits[-1].text for r in repairs)


def test_a_model_rewrite_that_stops_calling_the_files_helper_is_not_offered() -> None:
    source = ('import os\nimport zipfile\n\n\ndef _store(archive, member, target):\n'
              '    with archive.open(member) as src, open(target, "wb") as out:\n        out.write(src.read())\n\n\n'
              'def unpack(path, dest):\n    with zipfile.ZipFile(path) as archive:\n'
              '        for member in archive.infolist():\n            target = os.path.join(dest, member.filename)\n'
              '            _store(archive, member, target)\n')
    findings, every, texts = _setup("z.py", source)
    assert findings and findings[0].region.start_line == 14
    guessed = Candidate(0, "model", "drops-helper", (Edit(14, 14, (
        "            with open(os.path.join(_store, os.path.basename(archive))) as member:\n"
        "                member.write(target)\n")),))
    (verdict,) = verify(findings, every, texts, [guessed], bandit_skip=DEFAULT_SKIP, timeout=120)
    assert not verdict.accepted
    assert verdict.reason == "the rewrite no longer calls _store, which the statement called"


def test_a_model_rewrite_that_passes_the_called_class_around_as_a_value_is_not_offered() -> None:
    source = ("from django.http import HttpResponseRedirect\n\n\ndef logout(request):\n"
              "    target = request.GET.get('next') or '/'\n    return HttpResponseRedirect(target)\n")
    findings, every, texts = _setup("views.py", source)
    line = 6
    guessed = Candidate(0, "model", "class-as-path", (Edit(line, line, (
        "    return open(os.path.join(HttpResponseRedirect, os.path.basename(target)))\n")),))
    assert findings and findings[0].region.start_line == line
    (verdict,) = verify(findings, every, texts, [guessed], bandit_skip=DEFAULT_SKIP, timeout=120)
    assert verdict.reason == ("the rewrite no longer calls HttpResponseRedirect, which the statement called, "
                                  "and uses it as a value")


def test_a_model_rewrite_that_drops_or_changes_a_keyword_argument_is_not_offered() -> None:
    source = ('import tempfile\n\n\ndef scratch():\n'
              '    path = tempfile.mktemp(suffix=".csv", prefix="sales-")\n'
              '    return path\n')
    findings, every, texts = _setup("t.py", source)
    assert findings
    cands = [Candidate(0, "model", name, (Edit(5, 5, new),)) for name, new in (
        ("drops-prefix", '    path = tempfile.mkstemp(suffix=".csv")[1]\n'),
        ("changes-suffix", '    path = tempfile.mkstemp(suffix="csv", prefix="sales-")[1]\n'),
    )]
    reasons = {v.candidate.name: v.reason for v in verify(findings[:1], every, texts, cands,
                                                          bandit_skip=DEFAULT_SKIP, timeout=120)}
    assert reasons == {"drops-prefix": "the rewrite drops the argument prefix= that the statement passed",
                       "changes-suffix": "the rewrite changes the argument suffix='.csv'"}


def test_a_path_assembled_from_the_files_own_pieces_is_judged_on_the_scan() -> None:
    source = ('import os\n\n\ndef export(name):\n'
              '    return os.system("tar czf /tmp/exports/" + name + ".tgz reports/" + name)\n')
    findings, every, texts = _setup("ex.py", source)
    (f,) = [f for f in findings if f.rule_id == "os-system-call"]
    argv = ('    return subprocess.run(["tar", "czf", f"/tmp/exports/{name}.tgz", f"reports/{name}"],'
            ' check=False).returncode\n')
    made_up = '    return subprocess.run(["tar", "czf", "/etc/cron.d/x", name], check=False).returncode\n'
    cands = [Candidate(findings.index(f), "codemod", n, (Edit(1, 0, "import subprocess\n"), Edit(5, 5, t)))
             for n, t in (("argv", argv), ("made-up", made_up))]
    v_argv, v_made_up = verify(findings, every, texts, cands, bandit_skip=DEFAULT_SKIP, timeout=120)
    assert v_argv.code == "introduces-cwe" and "CWE-377" in v_argv.reason  # the hard-coded /tmp folder, now visible to the scan
    assert v_made_up.code == "untrusted-text"


def test_the_probe_turns_down_what_the_static_gate_accepts() -> None:
    """basename() clears the scanner's path finding and loses the sub-folders the function served: only a run of
    the function shows it."""
    findings, every, texts = _setup("att.py", ATTACH)
    fixed = "    path = os.path.join(upload_dir, os.path.basename(filename))\n"
    (static,) = verify(findings, every, texts, [Candidate(0, "codemod", "c", (Edit(5, 5, fixed),))],
                       bandit_skip=DEFAULT_SKIP, timeout=120, probe=False)
    (probed,) = verify(findings, every, texts, [Candidate(0, "codemod", "c", (Edit(5, 5, fixed),))],
                       bandit_skip=DEFAULT_SKIP, timeout=120)
    assert static.accepted and static.level == "static"
    assert not probed.accepted and probed.code == "changes-behaviour"
    assert "sub/report.txt" in probed.reason and probed.probe is not None and probed.probe.family == "path"


def test_a_suppression_written_by_a_candidate_needs_the_exploit_probe() -> None:
    # `# nosec` silences the re-scan by itself: without a probe that shows the exploit blocked, it is not a repair
    text = samples.YAML_LOAD
    line = text.splitlines()[5]
    findings, every, texts = _setup("conf.py", text)
    cands = [Candidate(0, "model", "silenced", (Edit(6, 6, line + "  # nosec B506 nosemgrep\n"),))]
    (v,) = verify(findings, every, texts, cands, bandit_skip=DEFAULT_SKIP, timeout=120, probe=False)
    assert not v.accepted and v.code == "finding-remains" and "suppression" in v.reason


SQL_BY_NAME = '''import sqlite3


def find_user(conn: sqlite3.Connection, name: str):
    conn.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER, name TEXT)")
    return conn.execute(f"SELECT id FROM users WHERE name = '{name}'").fetchone()
'''


def test_a_model_literal_made_of_the_files_own_words_is_not_invented() -> None:
    """The statement of the f-string with a placeholder where the value was is a rearrangement; a literal with a
    word the file never had is a guess."""
    _, (param, guess) = _verdicts("users.py", SQL_BY_NAME, [
        ("param", 6, 6, '    return conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()\n'),
        ("guess", 6, 6, '    return conn.execute("SELECT id FROM accounts WHERE name = ?", (name,)).fetchone()\n')])
    assert param.accepted and param.level == "exploit", param.reason
    assert guess.code == "invented-literal" and "accounts" in guess.reason
