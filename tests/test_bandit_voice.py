"""bandit's findings read like the bundled rules' own: what the weakness is, why it matters, how to fix it."""
from __future__ import annotations

from aiharden.scan import scan_texts

BIND_ALL = '''\
import socket


def serve(port: int) -> socket.socket:
    sock = socket.socket()
    sock.bind(("0.0.0.0", port))
    return sock
'''


def test_a_finding_only_bandit_reports_carries_our_wording() -> None:
    result = scan_texts({"server.py": BIND_ALL})
    (finding,) = [f for f in result.findings if f.rule_id == "B104"]
    assert finding.engine == "bandit" and finding.cwe == (1327,)
    assert finding.message.startswith("The server binds to every network interface (0.0.0.0).")
    assert "Bind to 127.0.0.1" in finding.message


def test_a_module_level_shell_command_is_our_rules_finding_too() -> None:
    result = scan_texts({"m.py": 'import os\nimport sys\nname = sys.argv[1]\nos.system("echo " + name)\n'})
    (finding,) = result.findings
    assert finding.engine == "semgrep" and set(finding.engines) == {"semgrep", "bandit"} and finding.cwe == (78,)
