"""`make demo`, the README's first command: the AI-authored commit, its findings, verified repairs and the SARIF."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_shows_repairs_and_the_side_effect_it_refused() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "demo" / "run.py")], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0"}, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    assert "Co-Authored-By: Claude" in out
    assert "repair (codemod: sql-parameterize) fixes CWE-89, introduces nothing; verified: exploit blocked" in out
    assert "still exploitable: the password is stored with sha256 alone" in out
    assert "+    cursor.execute(\"SELECT name, email FROM users WHERE name = ?\", (username,))" in out
    assert "os-system-call         rejected  -        fixes -        introduces CWE-377" in out
    assert "sql-fstring-query      fixed     exploit  fixes CWE-89" in out
    assert "side effect: fixing CWE-78 introduced CWE-377" in out
    assert "exit code 1" in out and "SARIF 2.1.0 written" in out
    # the JavaScript file of the commit: its repair, verified statically (no exploit probe for JavaScript)
    assert "repair (codemod: js-path-containment-check) fixes CWE-22, introduces nothing; verified statically " \
           "only: no exploit probe ran" in out
    assert "+  if (!reportPath.startsWith(path.resolve(REPORTS_DIR) + path.sep)) {" in out
    assert "js-path-traversal      fixed     static   fixes CWE-22" in out
