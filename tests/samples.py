"""Source snippets used across tests: AI-assistant-style insecure code and its safe twin."""
from __future__ import annotations

SQLI = '''\
import sqlite3


def find_user(conn: sqlite3.Connection, username: str) -> list[tuple[str, str]]:
    """Return the rows of users with this name."""
    cursor = conn.cursor()
    cursor.execute(f"SELECT name, email FROM users WHERE name = '{username}'")
    return cursor.fetchall()
'''

SQLI_SAFE = '''\
import sqlite3


def find_user(conn: sqlite3.Connection, username: str) -> list[tuple[str, str]]:
    """Return the rows of users with this name."""
    cursor = conn.cursor()
    cursor.execute("SELECT name, email FROM users WHERE name = ?", (username,))
    return cursor.fetchall()
'''

YAML_LOAD = '''\
import yaml


def load_settings(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh)
'''

SHELL = '''\
import subprocess


def archive(name: str) -> None:
    subprocess.run(f"tar czf /tmp/{name}.tgz data/{name}", shell=True, check=True)
'''

MD5 = '''\
import hashlib


def digest(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()
'''

SECRET = '''\
DB_USER = "admin"
DB_PASSWORD = "hunter2-very-secret"
'''

CLEAN = '''\
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b
'''

JS_EXEC = '''\
const express = require("express");
const { exec } = require("child_process");

const app = express();

app.get("/ping", (req, res) => {
  exec("ping -c 1 " + req.query.host, (err, stdout) => res.type("text/plain").send(stdout));
});

module.exports = app;
'''

JS_EXEC_SAFE = '''\
const express = require("express");
const { execFile } = require("child_process");

const app = express();

app.get("/ping", (req, res) => {
  execFile("ping", ["-c", "1", String(req.query.host)], (err, stdout) => res.type("text/plain").send(stdout));
});

module.exports = app;
'''
