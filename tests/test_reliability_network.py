"""No network, no stray writes: the whole pipeline in a network namespace with no interface but loopback,
HOME an empty folder, and afterwards nothing under HOME but the documented cache."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import samples
from gitrepo import GIT_ENV
from gitrepo import commit
from gitrepo import git
from gitrepo import stage

from aiharden.cli import main
from aiharden.repair.model import default_model_dir

AIHARDEN = Path(sys.executable).parent / "aiharden"
UNSHARE = shutil.which("unshare")


def offline(args: list[str], cwd: Path, home: Path, tmp: Path) -> subprocess.CompletedProcess[str]:
    """aiharden in a fresh user + network namespace: no route anywhere, a bare environment."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "TMPDIR": str(tmp), "LANG": "C.UTF-8", **GIT_ENV}
    assert UNSHARE, "util-linux unshare is needed for the offline tests"
    return subprocess.run([UNSHARE, "-rn", str(AIHARDEN), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600)


def test_the_namespace_really_has_no_network(tmp_path: Path) -> None:
    probe = "import socket; socket.create_connection(('1.1.1.1', 443), timeout=3)"
    proc = subprocess.run([UNSHARE or "unshare", "-rn", sys.executable, "-c", probe], capture_output=True, text=True)
    assert proc.returncode != 0 and "Network is unreachable" in proc.stderr


@pytest.fixture
def dirs(tmp_path: Path) -> dict[str, Path]:
    d = {name: tmp_path / name for name in ("home", "tmp")}
    for p in d.values():
        p.mkdir()
    return d


def _home_files(home: Path) -> set[str]:
    return {p.relative_to(home).as_posix() for p in home.rglob("*")}


def _assert_only_cache(home: Path) -> None:
    stray = {p for p in _home_files(home) if not (p == ".cache" or p.startswith(".cache/aiharden"))}
    assert stray == set(), f"written under HOME outside ~/.cache/aiharden: {sorted(stray)}"


def test_check_fix_and_sarif_offline_with_an_empty_home(repo: Path, dirs: dict[str, Path],
                                                        sarif_validator: Any) -> None:
    commit(repo, "base", {"README.md": "x\n"})
    stage(repo, {"conf.py": samples.YAML_LOAD, "db.py": samples.SQLI, "sh.py": samples.SHELL})
    proc = offline(["check", "--scope", "all", "--fix-all", "--n-best", "0", "--sarif", "out.sarif", "--format", "json"],
                   repo, dirs["home"], dirs["tmp"])
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    fixed = sorted(data["fixed_files"])
    assert {"conf.py", "db.py"} <= set(fixed)
    assert {f["cwe"][0] for f in data["findings"]} == {78, 89, 502}
    sarif_validator.validate(json.loads((repo / "out.sarif").read_text()))
    assert (repo / "conf.py").read_text() == samples.YAML_LOAD.replace("yaml.load(fh)", "yaml.safe_load(fh)")
    _assert_only_cache(dirs["home"])
    assert (dirs["home"] / ".cache" / "aiharden").is_dir()
    assert list(dirs["tmp"].iterdir()) == []  # temp trees are cleaned up
    status = git(repo, "status", "--porcelain", "--untracked-files=all").splitlines()
    assert sorted(status) == sorted(["?? out.sarif", *(f"{'AM' if p in fixed else 'A '} {p}"
                                                       for p in ("conf.py", "db.py", "sh.py"))])


def test_ci_and_scan_offline(repo: Path, dirs: dict[str, Path], sarif_validator: Any) -> None:
    base = commit(repo, "base", {"README.md": "x\n"})
    commit(repo, "change", {"conf.py": samples.YAML_LOAD, "h.py": samples.MD5})
    proc = offline(["ci", "--scope", "all", "--base", base, "--n-best", "0", "--sarif", str(dirs["tmp"] / "ci.sarif")],
                   repo, dirs["home"], dirs["tmp"])
    assert proc.returncode == 1, proc.stderr
    assert "conf.py:6:" in proc.stdout and "h.py:" in proc.stdout
    sarif_validator.validate(json.loads((dirs["tmp"] / "ci.sarif").read_text()))
    proc = offline(["scan", "--n-best", "0", "conf.py", "h.py"], repo, dirs["home"], dirs["tmp"])
    assert proc.returncode == 1, proc.stderr
    assert "conf.py:6:" in proc.stdout
    _assert_only_cache(dirs["home"])
    assert git(repo, "status", "--porcelain") == ""


def test_repair_with_the_model_offline(repo: Path, dirs: dict[str, Path], sarif_validator: Any) -> None:
    """The model's n-best, verification and SARIF, all inside the namespace."""
    stage(repo, {"conf.py": samples.YAML_LOAD, "db.py": samples.SQLI})
    proc = offline(["check", "--scope", "all", "--n-best", "2", "--device", "cpu", "--format", "json",
                    "--sarif", str(dirs["tmp"] / "m.sarif")], repo, dirs["home"], dirs["tmp"])
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    data = json.loads(proc.stdout)
    model = data["properties"]["repair"]["model"]
    if default_model_dir().is_dir():
        assert model == "loaded", data["notices"]
    else:
        assert model == "unavailable" and any("repair model unavailable" in n for n in data["notices"])
    assert data["properties"]["repair"]["repaired"] == 2
    sarif_validator.validate(json.loads((dirs["tmp"] / "m.sarif").read_text()))


def test_no_socket_is_opened_in_process(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Belt and braces inside the process: any connect() or DNS lookup fails the test."""
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    def no_dns(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    stage(repo, {"conf.py": samples.YAML_LOAD})
    out = repo.parent / "x.sarif"
    assert main(["check", "--scope", "all", "--repo", str(repo), "--n-best", "1", "--device", "cpu",
                 "--sarif", str(out)]) == 1
    assert attempts == []
    assert "conf.py:6:" in capsys.readouterr().out
    assert os.path.getsize(out) > 0
