"""API front ends."""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask, Response, jsonify
from flask_cors import CORS, cross_origin

app = Flask(__name__)
# ruleid: cors-credentials-any-origin
CORS(app, supports_credentials=True)

admin = Flask("admin")
# ruleid: cors-credentials-any-origin
CORS(admin, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

public = Flask("public")
# ok: cors-credentials-any-origin
CORS(public, origins=["https://app.example.com"], supports_credentials=True)

widgets = Flask("widgets")
# ok: cors-credentials-any-origin
CORS(widgets)


@app.route("/me")
# ruleid: cors-credentials-any-origin
@cross_origin(origins="*", supports_credentials=True)
def me() -> Response:
    return jsonify(user="me")


api = FastAPI()
# ruleid: cors-credentials-any-origin
api.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

# ok: cors-credentials-any-origin
api.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)
# ok: cors-credentials-any-origin
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])


# django-cors-headers settings
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
# ruleid: cors-credentials-any-origin
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True
