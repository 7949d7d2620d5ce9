"""Admin actions, notification templates and profile updates."""
from __future__ import annotations

import importlib
from typing import Any

from django.http import HttpRequest, JsonResponse
from flask import Flask, abort, jsonify, request

from . import reports  # type: ignore[attr-defined]

app = Flask(__name__)
db: Any = None
current_user: Any = None
ACTIONS = {"export": reports.export_csv, "archive": reports.archive}
EDITABLE = {"name", "email", "bio"}


@app.post("/admin/run")
def run_action() -> Any:
    action = request.form["action"]
    # ruleid: reflection-from-request
    handler = getattr(reports, action)
    return jsonify(handler())


@app.get("/plugins/load")
def load_plugin() -> Any:
    # ruleid: reflection-from-request
    module = importlib.import_module(request.args.get("plugin", "default"))
    return jsonify(name=module.__name__)


@app.post("/admin/run-safe")
def run_action_safe() -> Any:
    action = request.form["action"]
    # ok: reflection-from-request
    handler = ACTIONS.get(action) or abort(404)
    return jsonify(handler())


@app.post("/admin/run-checked")
def run_action_checked() -> Any:
    action = request.form["action"]
    if action not in ACTIONS:
        abort(404)
    # ok: reflection-from-request
    return jsonify(getattr(reports, action)())


class Notifier:
    def greeting(self) -> str:
        fmt = request.args.get("template", "Hello {user.name}")
        # ruleid: format-string-from-request
        return fmt.format(user=current_user)

    def banner(self, req: HttpRequest) -> str:
        # ruleid: format-string-from-request
        return req.GET["banner"].format(**{"user": current_user})

    def greeting_safe(self) -> str:
        # ok: format-string-from-request
        return "Hello {}".format(request.args.get("name", ""))

    def greeting_choice(self) -> str:
        templates = {"short": "Hi {name}", "long": "Hello and welcome, {name}"}
        fmt = templates.get(request.args.get("style", "short"), "Hi {name}")
        # ok: format-string-from-request
        return fmt.format(name=current_user.name)


@app.put("/profile")
def update_profile() -> Any:
    data = request.get_json()
    user = db.session.get(Any, current_user.id)
    # ruleid: mass-assignment-from-request
    for key, value in data.items():
        setattr(user, key, value)
    db.session.commit()
    return jsonify(ok=True)


@app.put("/settings")
def update_settings() -> Any:
    settings = db.session.get(Any, current_user.id)
    # ruleid: mass-assignment-from-request
    settings.__dict__.update(request.json)
    db.session.commit()
    return jsonify(ok=True)


@app.put("/profile-safe")
def update_profile_safe() -> Any:
    data = request.get_json()
    user = db.session.get(Any, current_user.id)
    # ok: mass-assignment-from-request
    for key, value in data.items():
        if key in EDITABLE:
            setattr(user, key, value)
    db.session.commit()
    return jsonify(ok=True)


def update_contact(req: HttpRequest, contact: Any) -> JsonResponse:
    # ok: mass-assignment-from-request
    for field in ("name", "phone"):
        setattr(contact, field, req.POST[field])
    contact.save()
    return JsonResponse({"ok": True})
