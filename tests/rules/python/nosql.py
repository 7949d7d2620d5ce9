"""Accounts and orders kept in MongoDB, behind Flask, FastAPI and Django REST framework views."""
from __future__ import annotations

from typing import Any

import jsonschema
from bson import ObjectId
from fastapi import FastAPI, Request
from flask import Flask, abort, jsonify, request
from pydantic import BaseModel
from pymongo import MongoClient
from rest_framework.response import Response
from rest_framework.views import APIView
from werkzeug.security import check_password_hash

app = Flask(__name__)
api = FastAPI()
client = MongoClient("mongodb://db:27017")
db = client["shop"]
users = db["users"]
MAX_AGE = 120


class Credentials(BaseModel):
    username: str
    password: str


@app.route("/login", methods=["POST"])
def login():
    data = request.get_json()
    # ruleid: nosql-operator-injection
    user = users.find_one({"username": data["username"], "password": data["password"]})
    if user is None:
        abort(401)
    return jsonify(id=str(user["_id"]))


@app.route("/orders/cancel", methods=["POST"])
def cancel_order():
    order_id = request.json.get("order_id")
    owner = request.json.get("owner")
    # ruleid: nosql-operator-injection
    result = db.orders.delete_one({"_id": ObjectId(order_id), "owner": owner})
    return jsonify(deleted=result.deleted_count)


@api.post("/orders/search")
async def search_orders(request: Request) -> list[dict[str, Any]]:
    body = await request.json()
    query = {"status": "open"}
    query["customer"] = body["customer"]
    # ruleid: nosql-operator-injection
    cursor = db.orders.find(query)
    return [doc async for doc in cursor]


@api.post("/reports")
def report(filters: dict[str, Any]) -> list[dict[str, Any]]:
    pipeline = [{"$match": filters}, {"$group": {"_id": "$status", "n": {"$sum": 1}}}]
    # ruleid: nosql-operator-injection
    return list(db.orders.aggregate(pipeline))


class ProfileView(APIView):
    def post(self, request):
        # ruleid: nosql-operator-injection
        db.profiles.update_one({"email": request.data["email"]}, {"$set": {"bio": request.data["bio"]}})
        return Response(status=204)


@app.route("/login-safe", methods=["POST"])
def login_safe():
    data = request.get_json()
    username = data.get("username")
    password = data.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        abort(400)
    # ok: nosql-operator-injection
    user = users.find_one({"username": username})
    if user is None or not check_password_hash(user["password_hash"], password):
        abort(401)
    return jsonify(id=str(user["_id"]))


@app.route("/orders/cancel-safe", methods=["POST"])
def cancel_order_safe():
    order_id = request.json.get("order_id", "")
    owner = str(request.json.get("owner", ""))
    # ok: nosql-operator-injection
    result = db.orders.delete_one({"_id": ObjectId(order_id), "owner": owner})
    return jsonify(deleted=result.deleted_count)


@api.post("/login")
def login_model(creds: Credentials) -> dict[str, str]:
    # ok: nosql-operator-injection
    user = users.find_one({"username": creds.username})
    return {"id": str(user["_id"]) if user else ""}


@app.route("/newsletter", methods=["POST"])
def unsubscribe():
    email = request.json["email"].strip().lower()
    # ok: nosql-operator-injection
    db.subscribers.delete_many({"email": email})
    return "", 204


LOGIN_SCHEMA = {
    "type": "object",
    "properties": {"username": {"type": "string"}, "password": {"type": "string"}},
    "required": ["username", "password"],
}


@app.route("/login-schema", methods=["POST"])
def login_schema():
    data = request.get_json()
    jsonschema.validate(data, LOGIN_SCHEMA)
    # ok: nosql-operator-injection
    user = users.find_one({"username": data["username"]})
    return jsonify(found=user is not None)


@app.route("/orders/open")
def open_orders():
    # ok: nosql-operator-injection
    return jsonify(list(db.orders.find({"status": "open"}, {"_id": 0})))


@app.route("/snippet", methods=["POST"])
def snippet():
    text = request.json["text"]
    # ok: nosql-operator-injection
    return jsonify(at=text.find(request.json["needle"]))


def older_than(age):
    # ruleid: nosql-where-built
    return list(users.find({"$where": f"this.age > {age}"}))


def by_name(name: str) -> list[dict[str, Any]]:
    condition = "this.name == '" + name + "'"
    # ruleid: nosql-where-built
    return list(users.find({"$where": condition}))


def matching(field, value):
    # ruleid: nosql-where-built
    return users.find_one({"$where": "this.%s == '%s'" % (field, value)})


def older_than_safe(age: int) -> list[dict[str, Any]]:
    # ok: nosql-where-built
    return list(users.find({"age": {"$gt": age}}))


def adults() -> list[dict[str, Any]]:
    # ok: nosql-where-built
    return list(users.find({"$where": "this.age >= 18"}))


def below_limit() -> list[dict[str, Any]]:
    # ok: nosql-where-built
    return list(users.find({"$where": f"this.age < {MAX_AGE}"}))
