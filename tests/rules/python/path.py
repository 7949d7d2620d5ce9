"""File downloads, uploads and archive handling."""
from __future__ import annotations

import os
import tarfile
import zipfile
from pathlib import Path

from fastapi import FastAPI
from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
UPLOAD_DIR = "/srv/uploads"
REPORTS = Path("/srv/reports")


@app.route("/download")
def download():
    filename = request.args.get("file", "")
    path = os.path.join(UPLOAD_DIR, filename)
    # ruleid: open-user-path
    with open(path, "rb") as fh:
        return fh.read()


@app.route("/files/<path:name>")
def serve_file(name: str):
    # ruleid: open-user-path
    return send_file(os.path.join(UPLOAD_DIR, name))


@app.route("/upload", methods=["POST"])
def upload():
    file = request.files["document"]
    # ruleid: open-user-path
    file.save(os.path.join(UPLOAD_DIR, file.filename))
    return {"ok": True}


@api.get("/reports/{report_name}")
async def read_report(report_name: str) -> dict[str, str]:
    # ruleid: open-user-path
    return {"body": (REPORTS / report_name).read_text(encoding="utf-8")}


def unpack_zip(archive: str, dest: str) -> None:
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            target = os.path.join(dest, member.filename)
            # ruleid: open-user-path
            with open(target, "wb") as out:
                out.write(zf.read(member))


@app.route("/upload-safe", methods=["POST"])
def upload_safe():
    file = request.files["document"]
    # ok: open-user-path
    file.save(os.path.join(UPLOAD_DIR, secure_filename(file.filename)))
    return {"ok": True}


@app.route("/download-safe")
def download_safe():
    filename = request.args.get("file", "")
    path = os.path.realpath(os.path.join(UPLOAD_DIR, filename))
    if os.path.commonpath([UPLOAD_DIR, path]) != UPLOAD_DIR:
        abort(404)
    # ok: open-user-path
    return send_file(path)


@app.route("/avatar/<int:user_id>")
def avatar(user_id: int):
    # ok: open-user-path
    return send_file(os.path.join(UPLOAD_DIR, f"{user_id}.png"))


@app.route("/static-files/<path:name>")
def static_files(name: str):
    # ok: open-user-path
    return send_from_directory(UPLOAD_DIR, name)


def read_config(path: str) -> str:
    # ok: open-user-path
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def install_theme(archive_path: str, themes_dir: str) -> None:
    with tarfile.open(archive_path, "r:gz") as tar:
        # ruleid: tarfile-extractall
        tar.extractall(themes_dir)


def restore_backup(backup: Path, target: Path) -> list[str]:
    archive = tarfile.open(backup)
    names = archive.getnames()
    # ruleid: tarfile-extractall
    archive.extractall(
        path=target,
        members=archive.getmembers(),
    )
    archive.close()
    return names


def unpack_here(archive_path: str) -> None:
    # ruleid: tarfile-extractall
    tarfile.open(archive_path).extractall()


def install_theme_safe(archive_path: str, themes_dir: str) -> None:
    with tarfile.open(archive_path, "r:gz") as tar:
        # ok: tarfile-extractall
        tar.extractall(themes_dir, filter="data")


def unzip(archive_path: str, dest: str) -> None:
    with zipfile.ZipFile(archive_path) as zf:
        # ok: tarfile-extractall
        zf.extractall(dest)
