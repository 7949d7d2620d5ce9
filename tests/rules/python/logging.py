"""Audit logging in request handlers."""
from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse
from fastapi import Depends, FastAPI
from flask import Flask, current_app, request

logger = logging.getLogger(__name__)
app = Flask(__name__)
api = FastAPI()


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    # ruleid: log-injection
    logger.info(f"Login attempt for user {username}")
    return {"ok": True}


@app.route("/search")
def search():
    term = request.args.get("q", "")
    # ruleid: log-injection
    current_app.logger.warning("search for %s", term)
    return {"results": []}


def profile(request: HttpRequest) -> HttpResponse:
    # ruleid: log-injection
    logging.info("profile viewed by %s", request.GET.get("user"))
    return HttpResponse("ok")


@api.get("/items/{item_name}")
async def read_item(item_name: str, db: object = Depends(object)) -> dict[str, str]:
    # ruleid: log-injection
    logger.debug("item %s requested, db %s", item_name, db)
    return {"name": item_name}


@app.route("/login-safe", methods=["POST"])
def login_safe():
    username = request.form.get("username", "")
    clean = username.replace("\r", "\\r").replace("\n", "\\n")
    # ok: log-injection
    logger.info("Login attempt for user %s", clean)
    return {"ok": True}


@app.route("/search-safe")
def search_safe():
    term = request.args.get("q", "")
    # ok: log-injection
    logger.info("search for %s", repr(term))
    return {"results": []}


@api.get("/orders/{order_id}")
async def read_order(order_id: int) -> dict[str, int]:
    # ok: log-injection
    logger.info("order %d requested", order_id)
    return {"id": order_id}


def nightly_job(count: int) -> None:
    # ok: log-injection
    logger.info("processed %d records", count)


audit = logging.getLogger("auth.audit")


def record_login(username: str, ip: str, success: bool) -> None:
    if success:
        # ruleid: log-injection-param
        audit.info(f"login ok user={username} ip={ip}")
    else:
        # ruleid: log-injection-param
        audit.warning("login FAILED user=%s ip=%s", username, ip)


def record_search(query: str) -> None:
    # ruleid: log-injection-param
    logging.info("search: " + query)


def record_login_safe(username: str, ip: str) -> None:
    # ok: log-injection-param
    audit.info("login ok user=%r ip=%r", username, ip)


def record_login_escaped(username: str, user_agent: str) -> None:
    # ok: log-injection-param
    audit.info(f"login ok user={username!r} agent={user_agent!r}")


def record_lockout(username: str, attempts: int) -> None:
    clean = username.replace("\r", "\\r").replace("\n", "\\n")
    # ok: log-injection-param
    audit.error("account locked user=%s attempts=%d", clean, attempts)


def record_batch(batch_size: int, name: str) -> None:
    # ok: log-injection-param
    logger.info(f"batch {name} of {batch_size} rows")


FAILURES: dict[str, int] = {}


def record_failure(username: str) -> None:
    count = FAILURES.get(username, 0) + 1
    FAILURES[username] = count
    # ok: log-injection-param
    audit.warning("failed attempt %d", count)


def record_failure_by_key(username: str) -> None:
    FAILURES[username] = FAILURES.get(username, 0) + 1
    # ok: log-injection-param
    audit.warning("failed attempt %d", FAILURES[username])


def append_audit(path: str, user: str, action: str) -> None:
    line = f"{user} {action}\n"
    with open(path, "a", encoding="utf-8") as fh:
        # ruleid: log-injection-param
        fh.write(line)


def append_audit_one_line(path: str, user: str, action: str) -> None:
    line = f"{user.replace(chr(10), ' ')} {action}\n"
    with open(path, "a", encoding="utf-8") as fh:
        # ok: log-injection-param
        fh.write(line)


def write_report(path: str, user: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        # ok: log-injection-param
        fh.write(f"report for {user}\n")


def _for_log(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")


def _printable(value: str) -> str:
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in value)


def login_failed(username: str, client_ip: str) -> None:
    # ok: log-injection-param
    logger.warning("failed login for %s from %s", _for_log(username), _printable(client_ip))


def login_failed_raw(username: str) -> None:
    # ruleid: log-injection-param
    logger.warning("failed login for %s", username.strip())


def connect_database(host: str, db_password: str) -> None:
    # ruleid: secret-logged
    logger.info(f"Connecting to database on port 5432 with password {db_password}")


class PaymentClient:
    def __init__(self, api_key: str) -> None:
        self.api_key = api_key
        self.logger = logging.getLogger("payments")

    def charge(self, amount: int) -> None:
        # ruleid: secret-logged
        self.logger.debug("charging %s with key %s", amount, self.api_key)
        # ok: secret-logged
        self.logger.debug("charging %s with key ending %s", amount, self.api_key[-4:])


def refresh_session(user_id: int, access_token: str) -> None:
    # ruleid: secret-logged
    logging.warning("token refresh for %d: %s" % (user_id, access_token))
    # ok: secret-logged
    logging.warning("token refresh for %d", user_id)
    # ok: secret-logged
    logger.info("token present: %s", bool(access_token))
