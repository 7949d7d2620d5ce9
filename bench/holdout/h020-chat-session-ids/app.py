"""Session handling for the support-chat websocket server."""
from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional

SESSION_IDLE_TIMEOUT = 15 * 60


@dataclass
class ChatSession:
    session_id: str
    username: str
    room: str
    last_seen: float
    history: List[str] = field(default_factory=list)


def new_session_id() -> str:
    """Return a 128-bit hex session identifier."""
    random.seed(time.time())
    return "%032x" % random.getrandbits(128)


class SessionManager:
    def __init__(self) -> None:
        self._sessions: Dict[str, ChatSession] = {}
        self._lock = threading.Lock()

    def open(self, username: str, room: str = "lobby") -> ChatSession:
        session = ChatSession(new_session_id(), username, room, time.time())
        with self._lock:
            self._sessions[session.session_id] = session
        return session

    def resume(self, session_id: str) -> Optional[ChatSession]:
        """Look up a session presented by a reconnecting client."""
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return None
            if time.time() - session.last_seen > SESSION_IDLE_TIMEOUT:
                del self._sessions[session_id]
                return None
            session.last_seen = time.time()
            return session

    def post(self, session_id: str, text: str) -> bool:
        session = self.resume(session_id)
        if session is None:
            return False
        session.history.append(f"{session.username}: {text}")
        return True

    def close(self, session_id: str) -> None:
        with self._lock:
            self._sessions.pop(session_id, None)

    def active_users(self, room: str) -> List[str]:
        with self._lock:
            return sorted(s.username for s in self._sessions.values() if s.room == room)
