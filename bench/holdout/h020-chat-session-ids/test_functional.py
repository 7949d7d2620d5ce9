import importlib
import os
import time

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_session_id_format():
    sid = mod.new_session_id()
    assert len(sid) == 32
    int(sid, 16)


def test_open_resume_post_close():
    mgr = mod.SessionManager()
    s = mgr.open("agent_kim", "billing")
    assert mgr.resume(s.session_id) is s
    assert mgr.post(s.session_id, "How can I help?")
    assert s.history == ["agent_kim: How can I help?"]
    assert mgr.active_users("billing") == ["agent_kim"]
    mgr.close(s.session_id)
    assert mgr.resume(s.session_id) is None
    assert not mgr.post(s.session_id, "hello?")


def test_idle_sessions_expire(monkeypatch):
    mgr = mod.SessionManager()
    s = mgr.open("cust_42")
    s.last_seen = time.time() - mod.SESSION_IDLE_TIMEOUT - 1
    assert mgr.resume(s.session_id) is None
