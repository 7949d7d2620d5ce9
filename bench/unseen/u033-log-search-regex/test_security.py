import importlib
import os
import signal

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

BUDGET_SECONDS = 2.0


@pytest.mark.parametrize("pattern", ["(a+)+$", "(a|aa)+$", "(a*)*b"])
def test_user_pattern_cannot_hang_the_worker(tmp_path, pattern):
    log = tmp_path / "app.log"
    log.write_text("INFO start\n" + "a" * 48 + "!\n")
    client = mod.create_app(str(log)).test_client()
    timed_out = []

    def on_alarm(signum, frame):
        timed_out.append(True)
        raise TimeoutError("search still running")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, BUDGET_SECONDS)
    try:
        client.get("/admin/logs/search", query_string={"q": pattern})
    except TimeoutError:
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert not timed_out, f"catastrophic backtracking on {pattern!r}"
