from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_profile_link() -> None:
    assert str(mod.profile_link("ann", "Ann Lee")) == '<a class="mention" href="/u/ann">Ann Lee</a>'


def test_mention_list() -> None:
    html = str(mod.mention_list([("ann", "Ann"), ("bo", "Bo")]))
    assert html == '<a class="mention" href="/u/ann">Ann</a>, <a class="mention" href="/u/bo">Bo</a>'


def test_mention_count() -> None:
    assert mod.mention_count([("ann", "Ann"), ("ann", "A."), ("bo", "Bo")]) == 2
