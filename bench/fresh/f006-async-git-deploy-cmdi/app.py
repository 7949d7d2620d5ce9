"""Deploy agent: check out a requested git branch in a working copy (asyncio)."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass


@dataclass
class CommandResult:
    returncode: int
    stdout: str
    stderr: str


class DeployAgent:
    """Runs the git steps of a deployment for one repository checkout."""

    def __init__(self, repo_dir: str, remote: str = "origin") -> None:
        self.repo_dir = repo_dir
        self.remote = remote

    async def _git(self, args: str) -> CommandResult:
        command = f"git -C {self.repo_dir} {args}"
        proc = await asyncio.create_subprocess_shell(
            command,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await proc.communicate()
        return CommandResult(proc.returncode or 0, out.decode(), err.decode())

    async def deploy(self, branch: str) -> CommandResult:
        """Fetch the remote and check out `branch`; returns the checkout result."""
        fetched = await self._git(f"fetch {self.remote}")
        if fetched.returncode != 0:
            return fetched
        ref = f"{self.remote}/{branch}"
        return await self._git(f"checkout -B {branch} {ref}")


async def deploy_many(agent: DeployAgent, branches: list[str]) -> dict[str, int]:
    """Deploy several branches in order and return their exit codes."""
    results: dict[str, int] = {}
    for branch in branches:
        results[branch] = (await agent.deploy(branch)).returncode
    return results
