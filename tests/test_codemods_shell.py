"""CWE-78 codemods: shell command strings → argument lists without a shell."""
from __future__ import annotations

import pytest

from test_codemods import assert_fix

SHELL = [
    pytest.param(
        "subprocess-shell-true",
        (),
        "subprocess.run(",
        5,
        '''\
"""Backups."""
import subprocess
from pathlib import Path


def create_backup(source: Path, archive_name: str, level: int = 6) -> None:
    """Compress a directory into a tarball."""
    subprocess.run(
        f"tar -czf /backups/{archive_name}.tar.gz --level={level} '{source}'",
        shell=True,
        check=True,  # fail loudly
    )
''',
        "shell-to-argv",
        '''\
"""Backups."""
import subprocess
from pathlib import Path


def create_backup(source: Path, archive_name: str, level: int = 6) -> None:
    """Compress a directory into a tarball."""
    subprocess.run(
        ["tar", "-czf", f"/backups/{archive_name}.tar.gz", f"--level={level}", source],
        check=True,  # fail loudly
    )
''',
        id="cwe-78-shell-true-fstring",
    ),
    pytest.param(
        "B602",
        (),
        "output = ",
        1,
        '''\
import subprocess


def ping_host(host: str, count: int) -> str:
    output = subprocess.check_output("ping -c " + str(count) + " " + host, shell=True, text=True)
    return output
''',
        "shell-to-argv",
        '''\
import subprocess


def ping_host(host: str, count: int) -> str:
    output = subprocess.check_output(["ping", "-c", str(count), host], text=True)
    return output
''',
        id="cwe-78-shell-true-int-arg",
    ),
    pytest.param(
        "os-system-call",
        (),
        "os.system(",
        1,
        '''\
import os


def convert_video(input_path: str, output_path: str) -> None:
    """Transcode with ffmpeg."""
    os.system(f"ffmpeg -y -i {input_path} {output_path}")
''',
        "os-system-to-subprocess",
        '''\
import os
import subprocess


def convert_video(input_path: str, output_path: str) -> None:
    """Transcode with ffmpeg."""
    subprocess.run(["ffmpeg", "-y", "-i", input_path, output_path], check=False)
''',
        id="cwe-78-os-system",
    ),
    pytest.param(
        "B605",
        (),
        "status = ",
        1,
        '''\
import os
import sys


def restart_service(name):
    status = os.system("systemctl restart %s" % name)
    if status != 0:
        sys.exit(1)
''',
        "os-system-to-subprocess",
        '''\
import os
import sys
import subprocess


def restart_service(name):
    status = subprocess.run(["systemctl", "restart", name], check=False).returncode
    if status != 0:
        sys.exit(1)
''',
        id="cwe-78-os-system-returncode",
    ),
    pytest.param(
        "os-popen-call",
        (),
        "branch = ",
        1,
        '''\
import os


def current_branch(repo_dir: str) -> str:
    branch = os.popen("git -C " + repo_dir + " rev-parse --abbrev-ref HEAD").read().strip()
    return branch
''',
        "os-popen-to-subprocess",
        '''\
import os
import subprocess


def current_branch(repo_dir: str) -> str:
    branch = subprocess.run(
        ["git", "-C", repo_dir, "rev-parse", "--abbrev-ref", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return branch
''',
        id="cwe-78-os-popen-read",
    ),
    pytest.param(
        "subprocess-shell-true",
        (),
        "subprocess.run(cmd",
        1,
        '''\
import subprocess


def checkout(repo_dir: str, branch: str) -> None:
    """Switch the working copy to another branch."""
    cmd = f"git -C {repo_dir} checkout {branch}"
    print(f"Running: {cmd}")
    subprocess.run(cmd, shell=True, check=True)
''',
        "shell-to-argv",
        '''\
import subprocess


def checkout(repo_dir: str, branch: str) -> None:
    """Switch the working copy to another branch."""
    cmd = ["git", "-C", repo_dir, "checkout", branch]
    print(f"Running: {cmd}")
    subprocess.run(cmd, check=True)
''',
        id="cwe-78-two-statement-command-variable",
    ),
    pytest.param(
        "B605",
        (),
        "exit_code = ",
        1,
        '''\
import os


def host_is_up(host: str) -> bool:
    exit_code = os.system(f"ping -c 1 -W 2 {host} > /dev/null 2>&1")
    return exit_code == 0
''',
        "os-system-to-subprocess",
        '''\
import os
import subprocess


def host_is_up(host: str) -> bool:
    exit_code = subprocess.run(
        ["ping", "-c", "1", "-W", "2", host],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    ).returncode
    return exit_code == 0
''',
        id="cwe-78-redirect-to-devnull",
    ),
    pytest.param(
        "B602",
        (),
        "result = ",
        1,
        '''\
import subprocess


def count_lines(path: str) -> int:
    result = subprocess.run(f"wc -l {path}", shell=True, capture_output=True, text=True)
    return int(result.stdout.split()[0])
''',
        "shell-to-argv",
        '''\
import subprocess


def count_lines(path: str) -> int:
    result = subprocess.run(["wc", "-l", path], capture_output=True, text=True)
    return int(result.stdout.split()[0])
''',
        id="cwe-78-shell-true-capture-output",
    ),
    pytest.param(
        "subprocess-shell-true",
        (),
        "subprocess.run(",
        1,
        '''\
import shlex
import subprocess


def open_in_editor(path: str) -> None:
    subprocess.run(f"code --wait {shlex.quote(path)}", shell=True, check=False)
''',
        "shell-to-argv",
        '''\
import shlex
import subprocess


def open_in_editor(path: str) -> None:
    subprocess.run(["code", "--wait", path], check=False)
''',
        id="cwe-78-shlex-quote-unwrapped",
    ),
    pytest.param(
        "subprocess-shell-true",
        (),
        "subprocess.run(cmd",
        1,
        '''\
import subprocess
from pathlib import Path


def copy_upload(upload: Path, target: Path) -> None:
    """Copy an upload next to its thumbnail, keeping timestamps."""
    cmd = ["sh", "-c", f"cp -p '{upload}' '{target}'"]
    subprocess.run(cmd, check=True)
''',
        "sh-c-to-argv",
        '''\
import subprocess
from pathlib import Path


def copy_upload(upload: Path, target: Path) -> None:
    """Copy an upload next to its thumbnail, keeping timestamps."""
    cmd = ["cp", "-p", upload, target]
    subprocess.run(cmd, check=True)
''',
        id="cwe-78-sh-c-list-flag-run",
    ),
    pytest.param(
        "subprocess-shell-true",
        (),
        "width = ",
        1,
        '''\
import subprocess


def image_width(path: str) -> int:
    width = subprocess.getoutput(f"identify -format %w {path}")
    return int(width)
''',
        "getoutput-to-run",
        '''\
import subprocess


def image_width(path: str) -> int:
    width = subprocess.run(
        ["identify", "-format", "%w", path],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    ).stdout.removesuffix("\\n")
    return int(width)
''',
        id="cwe-78-getoutput",
    ),
    pytest.param(
        "subprocess-shell-true",
        (),
        "proc = ",
        3,
        '''\
import asyncio


async def resize(src: str, dest: str, size: int) -> int:
    proc = await asyncio.create_subprocess_shell(
        f"convert {src} -resize {size}x{size} {dest}", stdout=asyncio.subprocess.PIPE
    )
    await proc.communicate()
    return proc.returncode or 0
''',
        "shell-to-exec",
        '''\
import asyncio


async def resize(src: str, dest: str, size: int) -> int:
    proc = await asyncio.create_subprocess_exec(
        "convert", src, "-resize", f"{size}x{size}", dest, stdout=asyncio.subprocess.PIPE
    )
    await proc.communicate()
    return proc.returncode or 0
''',
        id="cwe-78-asyncio-create-subprocess-shell",
    ),
    pytest.param(
        "subprocess-shell-true",
        (78,),
        "proc = await",
        4,
        '''\
import asyncio


async def grep_log(term: str, log_path: str, limit: int) -> bytes:
    cmd = f'grep -i -F -m {limit} "{term}" {log_path}'
    proc = await asyncio.create_subprocess_shell(
        cmd,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return out
''',
        "shell-to-exec",
        '''\
import asyncio


async def grep_log(term: str, log_path: str, limit: int) -> bytes:
    cmd = ["grep", "-i", "-F", "-m", str(limit), term, log_path]
    proc = await asyncio.create_subprocess_exec(
        *cmd,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return out
''',
        id="cwe-78-asyncio-shell-command-held-in-a-name",
    ),
    pytest.param(
        "subprocess-shell-true",
        (78,),
        "done = ",
        1,
        '''\
import subprocess


def tag(repo: str, label: str) -> int:
    sub = f"tag -a {label} -m release"
    line = f"git -C {repo} {sub}"
    done = subprocess.run(line, shell=True, check=False)
    return done.returncode
''',
        "shell-to-argv",
        '''\
import subprocess


def tag(repo: str, label: str) -> int:
    sub = f"tag -a {label} -m release"
    line = ["git", "-C", repo, "tag", "-a", label, "-m", "release"]
    done = subprocess.run(line, check=False)
    return done.returncode
''',
        id="cwe-78-command-words-held-in-a-second-name",
    ),
]


@pytest.mark.parametrize(("rule_id", "cwe", "needle", "span", "source", "name", "expected"), SHELL)
def test_codemod(
    rule_id: str, cwe: tuple[int, ...], needle: str, span: int, source: str, name: str, expected: str
) -> None:
    assert_fix(source, rule_id, cwe, needle, span, name, expected)


def test_a_parameter_the_files_callers_fill_with_several_words_is_not_made_one_argument() -> None:
    from aiharden.repair.codemods import propose

    source = ('import subprocess\n\n\nclass Repo:\n    def _git(self, args: str) -> int:\n'
              '        return subprocess.run(f"git {args}", shell=True).returncode\n\n'
              '    def fetch(self, remote: str) -> int:\n        return self._git(f"fetch {remote}")\n')
    assert [f.name for f in propose(source, "subprocess-shell-true", (78,), 6, 6)] == []
    one_word = source.replace('self._git(f"fetch {remote}")', "self._git(remote)")
    assert [f.name for f in propose(one_word, "subprocess-shell-true", (78,), 6, 6)] == ["shell-to-argv"]


def test_an_integer_module_constant_becomes_text_in_the_argument_list() -> None:
    from aiharden.repair.codemods import propose
    from aiharden.repair.edits import apply_edits

    source = 'import os\n\nCOUNT = 3\n\n\ndef ping(host: str) -> int:\n    return os.system(f"ping -c {COUNT} {host}")\n'
    (fix,) = propose(source, "os-system-call", (78,), 7, 7)
    assert '["ping", "-c", str(COUNT), host]' in apply_edits(source, fix.edits)
