"""Shelling out, as assistants tend to write it."""
from __future__ import annotations

import asyncio
import os
import subprocess
from pathlib import Path
from typing import Any

import requests
from flask import Flask, request

app = Flask(__name__)


def count_lines(path: str) -> int:
    # ruleid: subprocess-shell-true
    result = subprocess.run(f"wc -l {path}", shell=True, capture_output=True, text=True, check=True)
    return int(result.stdout.split()[0])


def compress(folder: Path, archive: str) -> None:
    cmd = "tar -czf " + archive + " " + str(folder)
    # ruleid: subprocess-shell-true
    subprocess.check_call(
        cmd,
        shell=True,
        cwd=folder.parent,
    )


def word_freq(path: str) -> str:
    # ruleid: subprocess-shell-true
    return subprocess.getoutput(f"tr -s ' ' '\\n' < {path} | sort | uniq -c")


async def ping(host: str) -> bytes:
    # ruleid: subprocess-shell-true
    proc = await asyncio.create_subprocess_shell(f"ping -c 1 {host}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


def enqueue_upload(upload: Path, queue_dir: Path) -> None:
    cmd = ["sh", "-c", f"cp -p '{upload}' '{queue_dir}'"]
    # ruleid: subprocess-shell-true
    subprocess.run(cmd, capture_output=True, text=True, check=True)


def enqueue_upload_safe(upload: Path, queue_dir: Path) -> None:
    # ok: subprocess-shell-true
    subprocess.run(["sh", "-c", 'cp -p "$1" "$2"', "sh", str(upload), str(queue_dir)], check=True)


def count_lines_safe(path: str) -> int:
    # ok: subprocess-shell-true
    result = subprocess.run(["wc", "-l", path], capture_output=True, text=True, check=True)
    return int(result.stdout.split()[0])


def disk_usage() -> str:
    # ok: subprocess-shell-true
    return subprocess.check_output("df -h | head -5", shell=True, text=True)


def list_dir(path: str) -> None:
    # ok: subprocess-shell-true
    subprocess.run(["ls", path], shell=False, check=True)


def backup(project: str) -> int:
    # ruleid: os-system-call
    return os.system(f"tar -czf /backups/{project}.tar.gz /srv/{project}")


class Notifier:
    def __init__(self, binary: str) -> None:
        self.binary = binary

    def send(self, message: str) -> None:
        # ruleid: os-system-call
        os.system(self.binary + " '" + message + "'")

    def clear(self) -> None:
        # ok: os-system-call
        os.system("clear")


def backup_safe(project: str) -> None:
    # ok: os-system-call
    subprocess.run(["tar", "-czf", f"/backups/{project}.tar.gz", f"/srv/{project}"], check=True)


def grep_logs(pattern: str, logfile: str = "/var/log/app.log") -> list[str]:
    # ruleid: os-popen-call
    with os.popen(f"grep '{pattern}' {logfile}") as pipe:
        return pipe.read().splitlines()


def git_branch(repo: str) -> str:
    command = "git -C {} rev-parse --abbrev-ref HEAD".format(repo)
    # ruleid: os-popen-call
    return os.popen(command).read().strip()


def uptime() -> str:
    # ok: os-popen-call
    return os.popen("uptime").read()


def grep_logs_safe(pattern: str, logfile: str) -> list[str]:
    # ok: os-popen-call
    out = subprocess.run(["grep", "--", pattern, logfile], capture_output=True, text=True).stdout
    return out.splitlines()


def clone_repository(request: Any, dest: str) -> None:
    # ruleid: argument-injection-from-request
    subprocess.run(["git", "clone", request.POST["repo_url"], dest], check=True)


@app.post("/thumbnail")
def thumbnail() -> str:
    size = request.form.get("size", "128x128")
    # ruleid: argument-injection-from-request
    subprocess.run(["convert", "upload.png", "-resize", size, "thumb.png"], check=True)
    return "ok"


@app.post("/clone-safe")
def clone_safe() -> str:
    url = request.form["url"]
    # ok: argument-injection-from-request
    subprocess.run(["git", "clone", "--", url, "/srv/repos/new"], check=True)
    return "ok"


@app.post("/grep-safe")
def grep_safe() -> str:
    term = request.args.get("q", "")
    if term.startswith("-"):
        return "bad request"
    # ok: argument-injection-from-request
    out = subprocess.run(["grep", "-r", term, "/srv/docs"], capture_output=True, text=True, check=False)
    return out.stdout


def install_agent() -> None:
    # ruleid: downloaded-code-executed
    os.system("curl -fsSL https://get.example.com/agent.sh | sudo bash")


def run_remote_hook(url: str) -> None:
    code = requests.get(url, timeout=10).text
    # ruleid: downloaded-code-executed
    exec(code)


def install_agent_pinned() -> None:
    # ok: downloaded-code-executed
    subprocess.run(["curl", "-fsSLo", "/tmp/agent.sh", "https://get.example.com/agent-1.4.2.sh"], check=True)


def fetch_config(url: str) -> dict[str, Any]:
    # ok: downloaded-code-executed
    return requests.get(url, timeout=10).json()
