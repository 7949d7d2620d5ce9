import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_code_format():
    for _ in range(50):
        code = mod.generate_code()
        assert len(code) == 6 and code.isdigit()


def test_token_format():
    token = mod.generate_link_token()
    assert len(token) == 32
    assert set(token) <= set(mod.TOKEN_ALPHABET)


def test_reset_flow():
    service = mod.ResetService()
    ticket = service.start_reset("ada@example.com", now=1000.0)
    assert ticket.expires_at == 1000.0 + 900
    assert service.redeem(ticket.token, "not-it", now=1001.0) is None
    assert service.redeem(ticket.token, ticket.code, now=1001.0) == "ada@example.com"
    assert service.redeem(ticket.token, ticket.code, now=1002.0) is None


def test_expired_ticket():
    service = mod.ResetService()
    ticket = service.start_reset("bob@example.com", now=0.0)
    assert service.redeem(ticket.token, ticket.code, now=901.0) is None
