"""Service configuration."""
from __future__ import annotations

import os
from dataclasses import dataclass

import psycopg2
from flask import Flask

# ruleid: hardcoded-password
DB_PASSWORD = "Rep0rt!ng-2024"
# ruleid: hardcoded-password
STRIPE_API_KEY: str = "sk_live_51Hb7c2EXAMPLEq8"
# ok: hardcoded-password
SMTP_PASSWORD = os.environ["SMTP_PASSWORD"]
# ok: hardcoded-password
GITHUB_TOKEN = os.getenv("GITHUB_TOKEN", "")
# ok: hardcoded-password
ADMIN_PASSWORD = ""
# ok: hardcoded-password
API_KEY = "<your-api-key>"
# ok: hardcoded-password
PASSWORD_MIN_LENGTH = 12
# ok: hardcoded-password
TOKEN_URL = "https://auth.example.com/oauth/token"


def connect(database: str):
    # ok: hardcoded-password
    return psycopg2.connect(host="db.internal", user="reporting", password=DB_PASSWORD, dbname=database)


def connect_admin():
    # ruleid: hardcoded-password
    return psycopg2.connect(host="db.internal", user="admin", password="s3cr3t-Adm1n")


class PaymentClient:
    def __init__(self) -> None:
        # ruleid: hardcoded-password
        self.api_key = "pk_test_TYooMQauvdEDq54NiTphI7jx"
        # ok: hardcoded-password
        self.api_key_header = "X-Api-Key"


@dataclass
class MailSettings:
    host: str = "smtp.example.com"
    # ruleid: hardcoded-password
    password: str = "mail-pass-2024"


# ruleid: hardcoded-password
REDIS = {"host": "cache.internal", "password": "r3d1s-pa55"}
# ok: hardcoded-password
FORM_FIELDS = {"username": "text", "remember": "checkbox"}


app = Flask(__name__)
# ruleid: hardcoded-secret-key
app.secret_key = "dev-secret-key-7f3a9c"
# ruleid: hardcoded-secret-key
app.config["SECRET_KEY"] = b'_5#y2L"F4Q8z\n\xec]/'
# ruleid: hardcoded-secret-key
SECRET_KEY = "django-insecure-9x$2k!v@qz"
# ruleid: hardcoded-secret-key
app.config.update(DEBUG=False, JWT_SECRET_KEY="jwt-signing-key")
# ok: hardcoded-secret-key
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
# ok: hardcoded-secret-key
app.secret_key = os.urandom(32)
