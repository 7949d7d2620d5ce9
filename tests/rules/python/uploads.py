"""Avatar, attachment and document uploads (Flask, FastAPI, Django) and the helpers that store them."""
from __future__ import annotations

import os
import shutil
import tempfile
import uuid
import zipfile
from pathlib import Path

import aiofiles
from django.http import HttpRequest, JsonResponse
from fastapi import FastAPI, File, UploadFile
from flask import Flask, abort, jsonify, request
from werkzeug.datastructures import FileStorage
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
UPLOAD_DIR = "/srv/app/uploads"
MEDIA = Path("/srv/app/media")
ALLOWED_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".pdf"}


def allowed_file(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in {"png", "jpg", "jpeg", "gif", "pdf"}


@app.route("/upload", methods=["POST"])
def upload():
    file = request.files["document"]
    if file.filename == "":
        abort(400)
    # ruleid: upload-client-filename
    file.save(os.path.join(UPLOAD_DIR, file.filename))
    return jsonify(ok=True)


@app.route("/gallery", methods=["POST"])
def gallery():
    saved = []
    for photo in request.files.getlist("photos"):
        target = MEDIA / "gallery" / photo.filename
        # ruleid: upload-client-filename
        photo.save(target)
        saved.append(str(target))
    return jsonify(saved=saved)


@api.post("/attachments")
async def add_attachment(file: UploadFile = File(...)) -> dict[str, str]:
    dest = os.path.join(UPLOAD_DIR, file.filename)
    # ruleid: upload-client-filename
    async with aiofiles.open(dest, "wb") as out:
        await out.write(await file.read())
    return {"path": dest}


def store_document(upload: FileStorage, folder: Path) -> Path:
    dest = folder / os.path.basename(upload.filename or "document")
    # ruleid: upload-client-filename
    with open(dest, "wb") as out:
        upload.save(out)
    return dest


@api.post("/imports")
async def import_files(files: list[UploadFile]) -> dict[str, int]:
    for item in files:
        with tempfile.NamedTemporaryFile(delete=False) as tmp:
            shutil.copyfileobj(item.file, tmp)
        # ruleid: upload-client-filename
        shutil.move(tmp.name, MEDIA / "imports" / item.filename)
    return {"count": len(files)}


def django_upload(request: HttpRequest) -> JsonResponse:
    f = request.FILES["file"]
    # ruleid: upload-client-filename
    with open(os.path.join(UPLOAD_DIR, f.name), "wb+") as destination:
        for chunk in f.chunks():
            destination.write(chunk)
    return JsonResponse({"ok": True})


@app.route("/upload-safe", methods=["POST"])
def upload_safe():
    file = request.files.get("document")
    if file is None or not allowed_file(file.filename):
        abort(400)
    filename = secure_filename(file.filename)
    # ok: upload-client-filename
    file.save(os.path.join(UPLOAD_DIR, filename))
    return jsonify(ok=True)


@app.route("/avatar", methods=["POST"])
def avatar():
    image = request.files["avatar"]
    ext = os.path.splitext(image.filename)[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        abort(400)
    name = f"{uuid.uuid4().hex}{ext}"
    # ok: upload-client-filename
    image.save(os.path.join(UPLOAD_DIR, name))
    return jsonify(name=name)


@api.post("/attachments-safe")
async def add_attachment_safe(file: UploadFile = File(...)) -> dict[str, str]:
    dest = MEDIA / f"{uuid.uuid4().hex}.bin"
    # ok: upload-client-filename
    dest.write_bytes(await file.read())
    return {"id": dest.stem, "original_name": file.filename or ""}


@app.route("/upload-check", methods=["GET"])
def upload_check():
    file = request.files["document"]
    # ok: upload-client-filename
    with open(os.path.join(UPLOAD_DIR, file.filename), "rb") as existing:
        return jsonify(size=len(existing.read()))


def unpack(archive: str, dest: str) -> None:
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            if member.is_dir():
                continue
            # ok: upload-client-filename
            with open(os.path.join(dest, uuid.uuid4().hex), "wb") as out:
                out.write(zf.read(member.filename))


@app.post("/attachments/raw")
def attachment_raw():
    # ruleid: request-body-unbounded
    payload = request.get_data()
    return jsonify(size=len(payload)), 201


@app.post("/attachments/batch")
def attachment_batch():
    sizes = {}
    for part in request.files.getlist("parts"):
        # ruleid: request-body-unbounded
        sizes[part.filename or "unnamed"] = len(part.read())
    return jsonify(sizes), 201


@app.post("/attachments/checked")
def attachment_checked():
    if request.content_length is None or request.content_length > 1024 * 1024:
        abort(413)
    # ok: request-body-unbounded
    payload = request.get_data()
    return jsonify(size=len(payload)), 201


@app.post("/attachments/bounded")
def attachment_bounded():
    # ok: request-body-unbounded
    head = request.stream.read(64 * 1024)
    return jsonify(size=len(head)), 201
