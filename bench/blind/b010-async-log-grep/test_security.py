import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import asyncio
import pytest


@pytest.fixture
def log(tmp_path):
    p = tmp_path / "app.log"
    p.write_text("INFO ok\nERROR cost is $HOME dollars\nERROR `whoami` typed by user\n")
    return str(p)


def test_command_substitution_not_run(log, tmp_path):
    marker = tmp_path / "pwned_subst"
    asyncio.run(mod.grep_log(f"$(touch {marker})", log))
    assert not marker.exists()


def test_quote_breakout_not_run(log, tmp_path):
    marker = tmp_path / "pwned_quote"
    asyncio.run(mod.grep_log(f'x" /dev/null; touch {marker}; echo "', log))
    assert not marker.exists()


def test_concurrent_terms_not_run(log, tmp_path):
    marker = tmp_path / "pwned_many"
    asyncio.run(mod.grep_many(["ok", f"`touch {marker}`"], log))
    assert not marker.exists()


def test_dollar_term_is_literal(log):
    assert asyncio.run(mod.grep_log("$HOME", log)) == ["ERROR cost is $HOME dollars"]
