"""Password-reset flow: issue a 6-digit code (sent by SMS) and a link token (by e-mail)."""
from __future__ import annotations

import random
import string
import time
from dataclasses import dataclass, field

CODE_DIGITS = 6
TOKEN_LENGTH = 32
TOKEN_ALPHABET = string.ascii_letters + string.digits
RESET_TTL_SECONDS = 15 * 60


def generate_code() -> str:
    """Numeric one-time code, zero padded, e.g. '042917'."""
    return str(random.randint(0, 10**CODE_DIGITS - 1)).zfill(CODE_DIGITS)


def generate_link_token() -> str:
    """URL-safe token embedded in the reset link."""
    return "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))


@dataclass
class ResetTicket:
    email: str
    code: str
    token: str
    expires_at: float


@dataclass
class ResetService:
    tickets: dict[str, ResetTicket] = field(default_factory=dict)

    def start_reset(self, email: str, now: float | None = None) -> ResetTicket:
        issued = time.time() if now is None else now
        ticket = ResetTicket(email, generate_code(), generate_link_token(), issued + RESET_TTL_SECONDS)
        self.tickets[ticket.token] = ticket
        return ticket

    def redeem(self, token: str, code: str, now: float | None = None) -> str | None:
        """Return the e-mail address if token and code match and have not expired."""
        ticket = self.tickets.get(token)
        current = time.time() if now is None else now
        if ticket is None or ticket.code != code or current > ticket.expires_at:
            return None
        del self.tickets[token]
        return ticket.email
