import asyncio
import importlib
import os
import shlex

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeProc:
    def __init__(self, rc):
        self.returncode = rc

    async def communicate(self, input=None):
        return b"ok\n", b""


@pytest.fixture
def recorded(monkeypatch):
    calls = []
    state = {"rc": 0}

    async def fake_shell(cmd, *a, **kw):
        calls.append(shlex.split(cmd))
        return FakeProc(state["rc"])

    async def fake_exec(*argv, **kw):
        calls.append(list(argv))
        return FakeProc(state["rc"])

    monkeypatch.setattr(asyncio, "create_subprocess_shell", fake_shell)
    monkeypatch.setattr(asyncio, "create_subprocess_exec", fake_exec)
    return calls, state


def test_deploy_runs_fetch_then_checkout(recorded):
    calls, _ = recorded
    agent = mod.DeployAgent("/srv/app")
    result = asyncio.run(agent.deploy("release-1.2"))
    assert result.returncode == 0
    assert result.stdout == "ok\n"
    assert calls == [
        ["git", "-C", "/srv/app", "fetch", "origin"],
        ["git", "-C", "/srv/app", "checkout", "-B", "release-1.2", "origin/release-1.2"],
    ]


def test_failed_fetch_stops(recorded):
    calls, state = recorded
    state["rc"] = 128
    result = asyncio.run(mod.DeployAgent("/srv/app", remote="upstream").deploy("main"))
    assert result.returncode == 128
    assert calls == [["git", "-C", "/srv/app", "fetch", "upstream"]]


def test_deploy_many(recorded):
    calls, _ = recorded
    out = asyncio.run(mod.deploy_many(mod.DeployAgent("/srv/app"), ["main", "feature/login"]))
    assert out == {"main": 0, "feature/login": 0}
    assert len(calls) == 4
