import importlib
import os
import random
import time

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

LOGIN_TIME = 1_717_171_717.25


def test_sessions_opened_at_the_same_instant_get_distinct_ids(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: LOGIN_TIME)
    mgr = mod.SessionManager()
    alice = mgr.open("alice")
    mallory = mgr.open("mallory")
    assert alice.session_id != mallory.session_id, "session ids collide for simultaneous logins"


def test_session_id_not_derivable_from_login_time(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: LOGIN_TIME)
    victim = mod.SessionManager().open("victim").session_id
    guess = random.Random(LOGIN_TIME)
    candidates = {"%032x" % guess.getrandbits(128)}
    assert victim not in candidates, "session id can be recomputed from the login timestamp"
