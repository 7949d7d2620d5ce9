"""Directory lookups: sign-in against LDAP, group checks and a people search."""
from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import Any

import ldap
import ldap.filter
from flask import Flask, abort, jsonify, request
from ldap3 import SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
BASE_DN = "ou=people,dc=example,dc=com"
GROUPS_DN = "ou=groups,dc=example,dc=com"
server = Server("ldaps://ldap.example.com")


def _service_connection() -> Connection:
    return Connection(server, user="cn=svc,dc=example,dc=com", password="from-vault", auto_bind=True)


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    conn = _service_connection()
    # ruleid: ldap-filter-injection
    conn.search(BASE_DN, f"(&(objectClass=person)(uid={username}))", attributes=["cn", "mail"])
    if not conn.entries:
        abort(401)
    return jsonify(name=str(conn.entries[0].cn))


@app.route("/people")
def people_search():
    term = request.args.get("q", "")
    search_filter = "(|(cn=*%s*)(mail=*%s*))" % (term, term)
    conn = _service_connection()
    conn.search(
        search_base=BASE_DN,
        # ruleid: ldap-filter-injection
        search_filter=search_filter,
        search_scope=SUBTREE,
        attributes=["cn", "mail"],
    )
    return jsonify([e.entry_to_json() for e in conn.entries])


def is_member(conn: Any, group: str, user_dn: str) -> bool:
    query = "(&(cn={})(member={}))".format(group, user_dn)
    # ruleid: ldap-filter-injection
    return bool(conn.search_s(GROUPS_DN, ldap.SCOPE_SUBTREE, query, ["cn"]))


class Directory:
    def __init__(self, uri: str) -> None:
        self.conn = ldap.initialize(uri)

    def find_by_mail(self, mail: str) -> list[Any]:
        # ruleid: ldap-filter-injection
        return self.conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(mail=" + mail + ")")


@app.route("/raw-search")
def raw_search():
    conn = _service_connection()
    # ruleid: ldap-filter-injection
    conn.search(BASE_DN, request.args["filter"])
    return jsonify(len(conn.entries))


@app.route("/login-safe", methods=["POST"])
def login_safe():
    username = request.form["username"]
    conn = _service_connection()
    # ok: ldap-filter-injection
    conn.search(BASE_DN, f"(&(objectClass=person)(uid={escape_filter_chars(username)}))", attributes=["cn"])
    if not conn.entries:
        abort(401)
    return jsonify(name=str(conn.entries[0].cn))


def is_member_safe(conn: Any, group: str, user_dn: str) -> bool:
    query = ldap.filter.filter_format("(&(cn=%s)(member=%s))", [group, user_dn])
    # ok: ldap-filter-injection
    return bool(conn.search_s(GROUPS_DN, ldap.SCOPE_SUBTREE, query, ["cn"]))


def find_by_mail_escaped(conn: Any, mail: str) -> list[Any]:
    safe = ldap.filter.escape_filter_chars(mail)
    # ok: ldap-filter-injection
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(mail=%s)" % safe)


def all_people(conn: Connection) -> list[Any]:
    # ok: ldap-filter-injection
    conn.search(BASE_DN, "(objectClass=inetOrgPerson)", attributes=["uid"])
    return list(conn.entries)


def search(conn: Connection, search_filter: str, attributes: Sequence[str]) -> list[Any]:
    # ok: ldap-filter-injection
    conn.search(BASE_DN, search_filter, attributes=list(attributes))
    return list(conn.entries)


def employee(conn: Connection, number: int) -> list[Any]:
    # ok: ldap-filter-injection
    conn.search(BASE_DN, f"(employeeNumber={number})")
    return list(conn.entries)


def parse_uid(line: str) -> str | None:
    # ok: ldap-filter-injection
    match = re.search(r"uid=(\w+)", f"(uid={line})")
    return match.group(1) if match else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("uid")
    args = parser.parse_args(argv)
    conn = _service_connection()
    # ok: ldap-filter-injection
    conn.search(BASE_DN, "(uid=%s)" % escape_filter_chars(args.uid), attributes=["cn"])
    print(conn.entries)
    return 0
