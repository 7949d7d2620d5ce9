"""One-time passcodes sent by SMS/e-mail as a second login factor."""
from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from typing import Callable

CODE_DIGITS = 6
CODE_TTL_SECONDS = 300
MAX_ATTEMPTS = 5


@dataclass
class _Pending:
    code: str
    expires_at: float
    attempts: int = 0


@dataclass
class OtpService:
    """Issues and checks short-lived numeric login codes."""

    send: Callable[[str, str], None]
    clock: Callable[[], float] = time.time
    _pending: dict[str, _Pending] = field(default_factory=dict)

    def _new_code(self) -> str:
        upper = 10 ** CODE_DIGITS - 1
        number = random.randint(0, upper)
        return str(number).zfill(CODE_DIGITS)

    def start_challenge(self, user_id: str) -> None:
        """Create a code for ``user_id`` and deliver it through ``send``."""
        code = self._new_code()
        self._pending[user_id] = _Pending(code, self.clock() + CODE_TTL_SECONDS)
        self.send(user_id, f"Your login code is {code}")

    def verify(self, user_id: str, submitted: str) -> bool:
        """Return True once for a correct, unexpired code."""
        pending = self._pending.get(user_id)
        if pending is None:
            return False
        if self.clock() > pending.expires_at or pending.attempts >= MAX_ATTEMPTS:
            self._pending.pop(user_id, None)
            return False
        pending.attempts += 1
        if submitted.strip() != pending.code:
            return False
        del self._pending[user_id]
        return True
