"""Async helpers for the ops chat-bot: search the application log for a phrase."""
import asyncio
from typing import List

APP_LOG = "/var/log/app/application.log"
MAX_HITS = 20


async def grep_log(term: str, log_path: str = APP_LOG, limit: int = MAX_HITS) -> List[str]:
    """Return up to ``limit`` log lines containing ``term`` (case-insensitive, literal match).

    An empty list is returned when nothing matches or the log cannot be read.
    """
    limit = max(1, int(limit))
    cmd = f'grep -i -F -m {limit} "{term}" {log_path}'
    proc = await asyncio.create_subprocess_shell(
        cmd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    stdout, _ = await proc.communicate()
    if proc.returncode != 0:
        return []
    return stdout.decode("utf-8", errors="replace").splitlines()


async def grep_many(terms: List[str], log_path: str = APP_LOG) -> dict[str, List[str]]:
    """Search several phrases concurrently; maps each phrase to its matching lines."""
    results = await asyncio.gather(*(grep_log(t, log_path) for t in terms))
    return dict(zip(terms, results))


if __name__ == "__main__":
    import sys

    for line in asyncio.run(grep_log(" ".join(sys.argv[1:]) or "error")):
        print(line)
