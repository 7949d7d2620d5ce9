"""Sign-up and password change."""
from __future__ import annotations

import sqlite3
from typing import Any

from flask import Flask, jsonify, request
from pydantic import BaseModel, Field
from werkzeug.security import generate_password_hash
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length

app = Flask(__name__)
users: Any = None


def get_db() -> sqlite3.Connection:
    return sqlite3.connect("app.db")


@app.post("/register")
def register() -> Any:
    username = request.form["username"]
    password = request.form["password"]
    # ruleid: password-min-length-weak
    if len(password) < 6:
        return jsonify(error="password too short"), 400
    db = get_db()
    # ruleid: password-stored-plaintext
    db.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, password))
    db.commit()
    return jsonify(ok=True)


@app.post("/api/users")
def create_api_user() -> Any:
    data = request.get_json()
    # ruleid: password-stored-plaintext
    users.insert_one({"email": data["email"], "password": data["password"]})
    return jsonify(ok=True)


@app.post("/register-safe")
def register_safe() -> Any:
    username = request.form["username"]
    password = request.form["password"]
    # ok: password-min-length-weak
    if len(password) < 12:
        return jsonify(error="password too short"), 400
    password = generate_password_hash(password)
    db = get_db()
    # ok: password-stored-plaintext
    db.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, password))
    db.commit()
    return jsonify(ok=True)


@app.post("/password")
def change_password() -> Any:
    new_password = request.form["new_password"]
    hashed = generate_password_hash(new_password)
    db = get_db()
    # ok: password-stored-plaintext
    db.execute("UPDATE users SET password_hash = ? WHERE id = ?", (hashed, request.form["id"]))
    # ok: password-min-length-weak
    if len(request.form["username"]) < 3:
        return jsonify(error="username too short"), 400
    return jsonify(ok=True)


class SignupForm:
    username = StringField("Username", validators=[DataRequired()])
    # ruleid: password-min-length-weak
    password = PasswordField("Password", validators=[DataRequired(), Length(min=4)])


class SignupSafe:
    # ok: password-min-length-weak
    password = PasswordField("Password", validators=[DataRequired(), Length(min=12, max=128)])


class SignupBody(BaseModel):
    email: str
    # ruleid: password-min-length-weak
    password: str = Field(..., min_length=6)
