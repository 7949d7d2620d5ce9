"""bandit's findings read like the bundled rules' own: what the weakness is, why it matters, how to fix it."""
from __future__ import annotations

from aiharden.scan import scan_texts

FIXED_TMP = '''\
def save_report(text: str) -> None:
    with open("/tmp/report.txt", "w", encoding="utf-8") as fh:
        fh.write(text)
'''

BIND_ALL = '''\
import socket


def serve(port: int) -> socket.socket:
    sock = socket.socket()
    sock.bind(("0.0.0.0", port))
    return sock


def describe(host: str) -> str:
    return "all addresses" if host == "0.0.0.0" else host
'''


def test_a_finding_only_bandit_reports_carries_our_wording() -> None:
    result = scan_texts({"report.py": FIXED_TMP})
    (finding,) = [f for f in result.findings if f.rule_id == "B108"]
    assert finding.engine == "bandit" and finding.cwe == (377,)
    assert finding.message.startswith("The file lives at a fixed path in a shared temporary folder.")
    assert "Use tempfile.NamedTemporaryFile or mkstemp" in finding.message


def test_a_socket_bound_to_every_interface_is_our_rules_finding_not_every_such_string() -> None:
    # bandit's B104 flags any "0.0.0.0" literal, the comparison too; it is skipped by default
    result = scan_texts({"server.py": BIND_ALL})
    (finding,) = result.findings
    assert (finding.rule_id, finding.engine, finding.cwe) == ("bind-all-interfaces", "semgrep", (1327,))
    assert finding.region.start_line == 6
    assert finding.severity()[1] == "medium"
    with_bandit = scan_texts({"server.py": BIND_ALL}, bandit_skip=())
    assert {f.region.start_line for f in with_bandit.findings if "bandit" in f.engines} == {6, 11}


def test_a_module_level_shell_command_is_our_rules_finding_too() -> None:
    result = scan_texts({"m.py": 'import os\nimport sys\nname = sys.argv[1]\nos.system("echo " + name)\n'})
    (finding,) = result.findings
    assert finding.engine == "semgrep" and set(finding.engines) == {"semgrep", "bandit"} and finding.cwe == (78,)
