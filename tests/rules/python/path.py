"""File downloads, uploads and archive handling."""
from __future__ import annotations

import importlib.resources
import argparse
import hashlib
import os
import shutil
import sys
import tarfile
import zipfile
from pathlib import Path

import click
from django.http import FileResponse as DjangoFileResponse
from fastapi import FastAPI, UploadFile
from fastapi.responses import FileResponse
from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename
import werkzeug.security

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


def read_attachment(upload_dir: str, filename: str) -> bytes:
    path = os.path.join(upload_dir, filename)
    # ruleid: open-joined-param-path
    with open(path, "rb") as fh:
        return fh.read()


def remove_export(export_dir: Path, name: str) -> None:
    # ruleid: open-joined-param-path
    (export_dir / name).unlink(missing_ok=True)


async def load_document(base: str, document: str) -> str:
    # ruleid: open-joined-param-path
    with open(os.path.join(base, document.strip()), encoding="utf-8") as fh:
        return fh.read()


def compile_all(target: str, sources: dict[str, str]) -> None:
    def write_file(filename: str, data: str) -> None:
        # ok: open-joined-param-path
        with open(os.path.join(target, filename), "w", encoding="utf-8") as f:
            f.write(data)

    for key, text in sources.items():
        write_file(hashlib.sha256(key.encode()).hexdigest() + ".py", text)


def export_one(export_dir: str, filename: str, data: bytes) -> None:
    def cleanup() -> None:
        # ruleid: open-joined-param-path
        os.remove(os.path.join(export_dir, filename))

    cleanup()


def read_attachment_safe(upload_dir: str, filename: str) -> bytes:
    root = os.path.realpath(upload_dir)
    path = os.path.realpath(os.path.join(root, filename))
    if os.path.commonpath([root, path]) != root:
        raise PermissionError(filename)
    # ok: open-joined-param-path
    with open(path, "rb") as fh:
        return fh.read()


def remove_export_safe(export_dir: Path, name: str) -> None:
    # ok: open-joined-param-path
    (export_dir / os.path.basename(name)).unlink(missing_ok=True)


def resolve_in(export_dir: Path, name: str) -> bytes:
    target = (export_dir / name).resolve()
    if not target.is_relative_to(export_dir.resolve()):
        raise PermissionError(name)
    # ok: open-joined-param-path
    return target.read_bytes()


def read_report(reports_dir: str, year: int) -> str:
    # ok: open-joined-param-path
    with open(os.path.join(reports_dir, f"{year}.csv"), encoding="utf-8") as fh:
        return fh.read()


def resolve_static(root: Path, request_path: str) -> Path:
    candidate = os.path.realpath(os.path.join(root, request_path.lstrip("/")))
    # ruleid: path-prefix-startswith
    if not candidate.startswith(os.path.realpath(root)):
        raise PermissionError(request_path)
    return Path(candidate)


def inside(base_dir: str, path: str) -> bool:
    base = os.path.abspath(base_dir)
    # ruleid: path-prefix-startswith
    return os.path.abspath(path).startswith(base)


def inside_pathlib(base: Path, path: Path) -> bool:
    # ruleid: path-prefix-startswith
    return str(path.resolve()).startswith(str(base.resolve()))


def resolve_static_safe(root: Path, request_path: str) -> Path:
    base = os.path.realpath(root)
    candidate = os.path.realpath(os.path.join(base, request_path.lstrip("/")))
    # ok: path-prefix-startswith
    if os.path.commonpath([base, candidate]) != base:
        raise PermissionError(request_path)
    return Path(candidate)


def inside_sep(base_dir: str, path: str) -> bool:
    base = os.path.realpath(base_dir) + os.sep
    # ok: path-prefix-startswith
    return os.path.realpath(path).startswith(base)


def inside_literal(path: str) -> bool:
    # ok: path-prefix-startswith
    return os.path.realpath(path).startswith("/srv/data/")


def has_scheme(url: str) -> bool:
    # ok: path-prefix-startswith
    return url.startswith("https")


def resource_text(filename: str) -> str:
    # ok: open-joined-param-path
    return importlib.resources.files("app.resources").joinpath(filename).read_text()


TENANTS_DIR = Path("/srv/tenants")


@app.route("/t/<tenant>/files/<filename>")
def tenant_file(tenant: str, filename: str):
    path = os.path.join(UPLOAD_DIR, tenant, filename)
    # ruleid: open-user-path
    return send_file(path)


@api.get("/tenants/{tenant}/docs/{name}")
async def tenant_doc(tenant: str, name: str) -> FileResponse:
    doc = TENANTS_DIR / tenant / "docs" / name
    # ruleid: open-user-path
    return FileResponse(doc)


def django_download(request, tenant, filename):
    folder = os.path.join(UPLOAD_DIR, tenant)
    target = f"{folder}/{filename}"
    # ruleid: open-user-path
    return DjangoFileResponse(open(target, "rb"))


@app.route("/notes/save", methods=["POST"])
def save_note():
    owner = request.form["owner"]
    title = request.form["title"]
    # ruleid: open-user-path
    (TENANTS_DIR / owner / f"{title}.md").write_text(request.form["body"], encoding="utf-8")
    return {"ok": True}


def export_cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("tenant")
    parser.add_argument("report")
    args = parser.parse_args(argv)
    out = os.path.join("/var/reports", args.tenant, args.report)
    # ruleid: open-user-path
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("report")
    return 0


@click.command()
@click.argument("tenant")
@click.argument("name")
def show(tenant: str, name: str) -> None:
    # ruleid: open-user-path
    click.echo((TENANTS_DIR / tenant / name).read_text())


def main_argv() -> None:
    # ruleid: open-user-path
    print(Path("/srv/data", sys.argv[1], sys.argv[2]).read_text())


@api.get("/tenants/{tenant}/docs-safe/{name}")
async def tenant_doc_safe(tenant: str, name: str) -> FileResponse:
    doc = (TENANTS_DIR / tenant / name).resolve()
    if not doc.is_relative_to(TENANTS_DIR.resolve()):
        raise PermissionError(name)
    # ok: open-user-path
    return FileResponse(doc)


@app.route("/t-safe/<tenant>/files/<filename>")
def tenant_file_safe(tenant: str, filename: str):
    path = os.path.join(UPLOAD_DIR, secure_filename(tenant), secure_filename(filename))
    # ok: open-user-path
    return send_file(path)


def cli_config(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser()
    parser.add_argument("config")
    args = parser.parse_args(argv)
    # ok: open-user-path
    with open(args.config, encoding="utf-8") as fh:
        return fh.read()


def export_cli_safe(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("tenant")
    parser.add_argument("report")
    args = parser.parse_args(argv)
    out = os.path.join("/var/reports", os.path.basename(args.tenant), os.path.basename(args.report))
    # ok: open-user-path
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("report")
    return 0


# Archives: member names are the archive author's.
def unpack_upload(upload: UploadFile, dest: Path) -> None:
    with zipfile.ZipFile(upload.file) as zf:
        for name in zf.namelist():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            # ruleid: open-user-path
            target.write_bytes(zf.read(name))


def copy_members(archive: str, dest: str) -> None:
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            out_path = os.path.join(dest, info.filename)
            # ruleid: open-user-path
            with zf.open(info) as src, open(out_path, "wb") as dst:
                shutil.copyfileobj(src, dst)


def unpack_checked(archive: str, dest: str) -> None:
    root = os.path.realpath(dest)
    with zipfile.ZipFile(archive) as zf:
        for name in zf.namelist():
            target = os.path.realpath(os.path.join(root, name))
            if os.path.commonpath([root, target]) != root:
                raise ValueError(f"unsafe member {name}")
            # ok: open-user-path
            with open(target, "wb") as out:
                out.write(zf.read(name))


def unpack_flat(archive: str, dest: str) -> None:
    with zipfile.ZipFile(archive) as zf:
        for name in zf.namelist():
            # ok: open-user-path
            with open(os.path.join(dest, os.path.basename(name)), "wb") as out:
                out.write(zf.read(name))


def _member_file(owner: str, name: str) -> str:
    folder = os.path.join(UPLOAD_DIR, owner)
    return os.path.join(folder, name)


def _member_file_checked(owner: str, name: str) -> str:
    folder = os.path.join(UPLOAD_DIR, owner)
    if os.path.commonpath([os.path.realpath(UPLOAD_DIR), os.path.realpath(folder)]) != os.path.realpath(UPLOAD_DIR):
        abort(404)
    return folder + "/" + name


@app.route("/member")
def member_download():
    owner, name = request.args["owner"], request.args["name"]
    # ruleid: open-user-path
    return send_file(_member_file(owner, name))


@app.route("/member-checked")
def member_download_checked():
    owner, name = request.args["owner"], request.args["name"]
    # ok: open-user-path
    return send_file(_member_file_checked(owner, name))


def _write_out(data: bytes, target: str) -> None:
    with open(target, "wb") as sink:
        sink.write(data)


def extract_members(archive: str, dest: str) -> None:
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            out_path = os.path.join(dest, info.filename)
            # ruleid: open-user-path
            _write_out(zf.read(info), out_path)


def extract_members_checked(archive: str, dest: str) -> int:
    count = 0
    with zipfile.ZipFile(archive) as zf:
        for info in (i for i in zf.infolist() if not i.is_dir()):
            out_path = os.path.join(dest, info.filename)
            if not Path(out_path).resolve().is_relative_to(Path(dest).resolve()):
                continue
            # ok: open-user-path
            _write_out(zf.read(info), out_path)
            count += 1
    return count


class ExportFolder:
    """Writes named exports under one folder."""

    def __init__(self, root: str) -> None:
        self.root = root

    def _store(self, path: Path, body: str) -> None:
        path.write_text(body, encoding="utf-8")

    @staticmethod
    def describe() -> str:
        return "exports"

    def save_member(self, archive: zipfile.ZipFile) -> None:
        for name in archive.namelist():
            # ruleid: open-user-path
            self._store(Path(self.root) / name, archive.read(name).decode())

    def save_report(self, body: str) -> None:
        # ok: open-user-path
        self._store(Path(self.root) / "report.txt", body)


def _user_file(owner: str, name: str) -> str:
    folder = werkzeug.security.safe_join("/srv/files", owner)
    if folder is None:
        raise ValueError("invalid owner")
    return werkzeug.security.safe_join(folder, name) or ""


def _upload_target(name: str) -> str:
    base = os.path.realpath("/srv/uploads")
    target = os.path.realpath(os.path.join(base, name))
    if os.path.dirname(target) != base:
        raise ValueError("invalid name")
    return target


@app.route("/files/by-owner")
def file_by_owner():
    path = _user_file(request.args["owner"], request.args["name"])
    # ok: open-user-path
    return send_file(path)


@app.route("/uploads/raw", methods=["POST"])
def upload_raw():
    target = _upload_target(request.args["name"])
    # ok: open-user-path
    with open(target, "wb") as out:
        out.write(request.get_data())
    return "ok"
