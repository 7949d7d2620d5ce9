"""One-call swaps and keyword fixes: yaml, eval, pickle, hashes, random, TLS, temp files, modes, jinja2, flask, tar, timeouts, XML."""
from __future__ import annotations

import pytest

from test_codemods import assert_fix

from aiharden.repair.codemods import propose
from aiharden.repair.edits import apply_edits

SWAPS = [
    pytest.param(
        "yaml-unsafe-load",
        (),
        "config = ",
        1,
        '''\
import yaml


def load_config(path: str) -> dict:
    """Load the YAML configuration file."""
    with open(path, "r", encoding="utf-8") as f:
        config = yaml.load(f, Loader=yaml.FullLoader)
    return config
''',
        "yaml-safe-load",
        '''\
import yaml


def load_config(path: str) -> dict:
    """Load the YAML configuration file."""
    with open(path, "r", encoding="utf-8") as f:
        config = yaml.safe_load(f)
    return config
''',
        id="cwe-502-yaml-load-loader",
    ),
    pytest.param(
        "B506",
        (),
        "return yaml.load(",
        1,
        '''\
import yaml


def parse(document: str):
    return yaml.load(document)
''',
        "yaml-safe-load",
        '''\
import yaml


def parse(document: str):
    return yaml.safe_load(document)
''',
        id="cwe-502-yaml-load-bare-bandit",
    ),
    pytest.param(
        "eval-call",
        (),
        "value = ",
        1,
        '''\
"""Parse user-supplied settings."""
import json


def parse_setting(raw: str) -> object:
    value = eval(raw)  # e.g. "[1, 2, 3]"
    return value
''',
        "eval-to-literal-eval",
        '''\
"""Parse user-supplied settings."""
import json
import ast


def parse_setting(raw: str) -> object:
    value = ast.literal_eval(raw)  # e.g. "[1, 2, 3]"
    return value
''',
        id="cwe-95-eval",
    ),
    pytest.param(
        "pickle-load",
        (),
        "return pickle.loads(",
        1,
        '''\
import pickle

import redis

cache = redis.Redis()


def get_cached(key: str) -> dict | None:
    data = cache.get(key)
    if data is None:
        return None
    return pickle.loads(data)
''',
        "pickle-to-json",
        '''\
import pickle

import redis
import json

cache = redis.Redis()


def get_cached(key: str) -> dict | None:
    data = cache.get(key)
    if data is None:
        return None
    return json.loads(data)
''',
        id="cwe-502-pickle-loads",
    ),
    pytest.param(
        "eval-call",
        (),
        "return eval(",
        1,
        '''\
def make_key(field: str):
    return eval(f"lambda r: r['{field}']")


def make_attr_key(name: str):
    return eval("lambda row: row." + name)
''',
        "eval-lambda-to-getter",
        '''\
import operator
def make_key(field: str):
    return operator.itemgetter(field)


def make_attr_key(name: str):
    return eval("lambda row: row." + name)
''',
        id="cwe-95-eval-lambda-itemgetter",
    ),
    pytest.param(
        "pickle-load",
        (),
        "return pickle.load(",
        1,
        '''\
import pickle


def load_model(path: str):
    with open(path, "rb") as fh:
        return pickle.load(fh)
''',
        "pickle-to-json",
        '''\
import pickle
import json


def load_model(path: str):
    with open(path, "rb") as fh:
        return json.load(fh)
''',
        id="cwe-502-pickle-load-file",
    ),
    pytest.param(
        "marshal-load",
        (),
        "return marshal.load(",
        1,
        '''\
import marshal
from pickle import dumps


def save(path, value, blob_path, blob):
    with open(path, "wb") as fh:
        marshal.dump(value, fh)
    with open(blob_path, "wb") as fh:
        fh.write(dumps(blob))


def load(path):
    with open(path, "rb") as fh:
        return marshal.load(fh)
''',
        "pickle-to-json",
        '''\
import marshal
from pickle import dumps
import json


def save(path, value, blob_path, blob):
    with open(path, "wb") as fh:
        fh.write(json.dumps(value).encode("utf-8"))
    with open(blob_path, "wb") as fh:
        fh.write(dumps(blob))


def load(path):
    with open(path, "rb") as fh:
        return json.load(fh)
''',
        id="cwe-502-marshal-writer-follows-the-reader",
    ),
    pytest.param(
        "md5-hash",
        (),
        "digest = ",
        1,
        '''\
import hashlib


def fingerprint(password: str, salt: str) -> str:
    digest = hashlib.md5((salt + password).encode("utf-8")).hexdigest()
    return digest
''',
        "weak-hash-to-sha256",
        '''\
import hashlib


def fingerprint(password: str, salt: str) -> str:
    digest = hashlib.sha256((salt + password).encode("utf-8")).hexdigest()
    return digest
''',
        id="cwe-327-md5",
    ),
    pytest.param(
        "B324",
        (),
        "return sha1(",
        1,
        '''\
from hashlib import sha1


def checksum(blob: bytes) -> str:
    return sha1(blob).hexdigest()
''',
        "weak-hash-to-sha256",
        '''\
from hashlib import sha1
import hashlib


def checksum(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()
''',
        id="cwe-327-sha1-from-import",
    ),
    pytest.param(
        "sha1-hash",
        (),
        "hasher = ",
        1,
        '''\
import hashlib


def new_hasher():
    hasher = hashlib.new('md5')
    return hasher
''',
        "weak-hash-to-sha256",
        '''\
import hashlib


def new_hasher():
    hasher = hashlib.new('sha256')
    return hasher
''',
        id="cwe-327-hashlib-new",
    ),
    pytest.param(
        "insecure-random-token",
        (),
        "return ",
        1,
        '''\
import random
import string


def generate_token(length: int = 32) -> str:
    """Generate a random API token."""
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choices(alphabet, k=length))
''',
        "random-to-secrets",
        '''\
import random
import string
import secrets


def generate_token(length: int = 32) -> str:
    """Generate a random API token."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
''',
        id="cwe-338-random-choices-token",
    ),
    pytest.param(
        "B311",
        (),
        "otp = ",
        1,
        '''\
import random


def send_otp(phone: str) -> int:
    otp = random.randint(100000, 999999)
    print(f"Sending {otp} to {phone}")
    return otp
''',
        "random-to-secrets",
        '''\
import random
import secrets


def send_otp(phone: str) -> int:
    otp = secrets.randbelow(900000) + 100000
    print(f"Sending {otp} to {phone}")
    return otp
''',
        id="cwe-338-random-randint-otp",
    ),
    pytest.param(
        "insecure-random-token",
        (),
        "session_id = ",
        1,
        '''\
import random


def new_session(user_id: int) -> str:
    session_id = f"{user_id}-{random.getrandbits(64)}-{random.choice('abcdef')}"
    return session_id
''',
        "random-to-secrets",
        '''\
import random
import secrets


def new_session(user_id: int) -> str:
    session_id = f"{user_id}-{secrets.randbits(64)}-{secrets.choice('abcdef')}"
    return session_id
''',
        id="cwe-338-random-misc",
    ),
    pytest.param(
        "B311",
        (338,),
        "gen = ",
        1,
        '''\
import random
import time


def reset_code() -> str:
    gen = random.Random(time.time_ns())
    return "".join(gen.choice("0123456789") for _ in range(8))
''',
        "random-to-secrets",
        '''\
import random
import time
import secrets


def reset_code() -> str:
    gen = secrets.SystemRandom()
    return "".join(gen.choice("0123456789") for _ in range(8))
''',
        id="cwe-338-seeded-generator-instance",
    ),
    pytest.param(
        "requests-verify-false",
        (),
        "response = ",
        6,
        '''\
import requests


def fetch_status(url: str) -> int:
    response = requests.get(
        url,
        headers={"Accept": "application/json"},
        verify=False,
        timeout=5,
    )
    return response.status_code
''',
        "verify-tls",
        '''\
import requests


def fetch_status(url: str) -> int:
    response = requests.get(
        url,
        headers={"Accept": "application/json"},
        verify=True,
        timeout=5,
    )
    return response.status_code
''',
        id="cwe-295-verify-false",
    ),
    pytest.param(
        "ssl-unverified-context",
        (),
        "context = ",
        1,
        '''\
import ssl
import urllib.request


def download(url: str) -> bytes:
    context = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=context) as resp:
        return resp.read()
''',
        "ssl-verified-context",
        '''\
import ssl
import urllib.request


def download(url: str) -> bytes:
    context = ssl.create_default_context()
    with urllib.request.urlopen(url, context=context) as resp:
        return resp.read()
''',
        id="cwe-295-ssl-unverified",
    ),
    pytest.param(
        "tempfile-mktemp",
        (),
        "path = ",
        1,
        '''\
import tempfile


def scratch_file() -> str:
    path = tempfile.mktemp(suffix=".json", prefix="report-")
    return path
''',
        "mktemp-to-named-temporary-file",
        '''\
import tempfile


def scratch_file() -> str:
    path = tempfile.NamedTemporaryFile(delete=False, suffix=".json", prefix="report-").name
    return path
''',
        id="cwe-377-mktemp",
    ),
    pytest.param(
        "chmod-permissive",
        (),
        "os.chmod(",
        1,
        '''\
import os


def publish(path: str) -> None:
    os.chmod(path, 0o777)  # let the deploy group update it
''',
        "chmod-drop-world",
        '''\
import os


def publish(path: str) -> None:
    os.chmod(path, 0o770)  # let the deploy group update it
''',
        id="cwe-732-chmod",
    ),
    pytest.param(
        "jinja2-autoescape-false",
        (),
        "env = ",
        1,
        '''\
from jinja2 import Environment, FileSystemLoader


def render(name: str, **context: object) -> str:
    env = Environment(loader=FileSystemLoader("templates"))
    return env.get_template(name).render(**context)
''',
        "jinja2-autoescape",
        '''\
from jinja2 import Environment, FileSystemLoader


def render(name: str, **context: object) -> str:
    env = Environment(loader=FileSystemLoader("templates"), autoescape=True)
    return env.get_template(name).render(**context)
''',
        id="cwe-79-jinja2-autoescape-missing",
    ),
    pytest.param(
        "B701",
        (),
        "jinja_env = ",
        1,
        '''\
import jinja2

jinja_env = jinja2.Environment(loader=jinja2.PackageLoader("app"), autoescape=False)
''',
        "jinja2-autoescape",
        '''\
import jinja2

jinja_env = jinja2.Environment(loader=jinja2.PackageLoader("app"), autoescape=True)
''',
        id="cwe-79-jinja2-autoescape-false",
    ),
    pytest.param(
        "flask-debug-true",
        (),
        "app.run(",
        1,
        '''\
from flask import Flask

app = Flask(__name__)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
''',
        "flask-debug-off",
        '''\
from flask import Flask

app = Flask(__name__)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=False)
''',
        id="cwe-489-flask-debug",
    ),
    pytest.param(
        "tarfile-extractall",
        (),
        "archive.extractall(",
        1,
        '''\
import tarfile


def unpack(upload: str, dest: str) -> None:
    with tarfile.open(upload, "r:gz") as archive:
        archive.extractall(dest)
''',
        "tarfile-data-filter",
        '''\
import tarfile


def unpack(upload: str, dest: str) -> None:
    with tarfile.open(upload, "r:gz") as archive:
        archive.extractall(dest, filter="data")
''',
        id="cwe-22-tarfile-extractall",
    ),
    pytest.param(
        "requests-no-timeout",
        (),
        "resp = ",
        1,
        '''\
import requests


def post_event(url: str, payload: dict) -> dict:
    resp = requests.post(url, json=payload)
    resp.raise_for_status()
    return resp.json()
''',
        "requests-timeout",
        '''\
import requests


def post_event(url: str, payload: dict) -> dict:
    resp = requests.post(url, json=payload, timeout=10)
    resp.raise_for_status()
    return resp.json()
''',
        id="cwe-400-requests-timeout",
    ),
    pytest.param(
        "xml-external-entities",
        (),
        "parser = ",
        1,
        '''\
from lxml import etree


def parse_xml(data: bytes):
    parser = etree.XMLParser(resolve_entities=True)
    return etree.fromstring(data, parser)
''',
        "xml-no-entities",
        '''\
from lxml import etree


def parse_xml(data: bytes):
    parser = etree.XMLParser(resolve_entities=False)
    return etree.fromstring(data, parser)
''',
        id="cwe-611-lxml-parser",
    ),
    pytest.param(
        "xml-external-entities",
        (),
        "parser = ",
        1,
        '''\
from lxml import etree

parser = etree.XMLParser()
''',
        "xml-no-entities",
        '''\
from lxml import etree

parser = etree.XMLParser(resolve_entities=False)
''',
        id="cwe-611-lxml-parser-missing",
    ),
    pytest.param(
        "sha1-hash",
        (),
        "digest = ",
        1,
        '''\
import hashlib
import os


def hash_password(password: str, salt: bytes | None = None) -> str:
    """Hash a password for storage as <salt hex>$<digest hex>."""
    salt = salt or os.urandom(16)
    digest = hashlib.sha1(salt + password.encode("utf-8")).hexdigest()
    return f"{salt.hex()}${digest}"
''',
        "password-hash-to-pbkdf2",
        '''\
import hashlib
import os


def hash_password(password: str, salt: bytes | None = None) -> str:
    """Hash a password for storage as <salt hex>$<digest hex>."""
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 600_000).hex()
    return f"{salt.hex()}${digest}"
''',
        id="cwe-916-sha1-password-to-kdf",
    ),
    pytest.param(
        "B103",
        (),
        "os.chmod(",
        1,
        '''\
import json
import os
from pathlib import Path


def save_api_token(config_dir: Path, token: str) -> Path:
    path = config_dir / "credentials.json"
    path.write_text(json.dumps({"token": token}))
    os.chmod(path, 0o777)  # readable by every tool
    return path
''',
        "chmod-owner-only",
        '''\
import json
import os
from pathlib import Path


def save_api_token(config_dir: Path, token: str) -> Path:
    path = config_dir / "credentials.json"
    path.write_text(json.dumps({"token": token}))
    os.chmod(path, 0o600)  # readable by every tool
    return path
''',
        id="cwe-732-chmod-credentials-owner-only",
    ),
    pytest.param(
        "requests-no-timeout",
        (),
        "resp = self.session.get(",
        1,
        '''\
import requests


class GitHubClient:
    """Tiny GitHub REST client."""

    def __init__(self, token: str) -> None:
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def repo(self, name: str) -> dict:
        resp = self.session.get(f"https://api.github.com/repos/{name}", timeout=None)
        resp.raise_for_status()
        return resp.json()
''',
        "requests-timeout",
        '''\
import requests


class GitHubClient:
    """Tiny GitHub REST client."""

    def __init__(self, token: str) -> None:
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def repo(self, name: str) -> dict:
        resp = self.session.get(f"https://api.github.com/repos/{name}", timeout=10)
        resp.raise_for_status()
        return resp.json()
''',
        id="cwe-400-session-and-urlopen-timeout",
    ),
    pytest.param(
        "requests-no-timeout",
        (),
        "with urllib.request.urlopen(",
        1,
        '''\
import urllib.request


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url) as resp:
        return resp.read()
''',
        "requests-timeout",
        '''\
import urllib.request


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read()
''',
        id="cwe-400-urlopen-timeout",
    ),
    pytest.param(
        "xml-external-entities",
        (),
        "parser.setFeature(",
        1,
        '''\
import xml.sax
from xml.sax.handler import feature_external_ges


def make_parser(handler: xml.sax.ContentHandler) -> xml.sax.xmlreader.XMLReader:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)  # partners reference shared entity files
    parser.setContentHandler(handler)
    return parser
''',
        "xml-no-entities",
        '''\
import xml.sax
from xml.sax.handler import feature_external_ges


def make_parser(handler: xml.sax.ContentHandler) -> xml.sax.xmlreader.XMLReader:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)  # partners reference shared entity files
    parser.setContentHandler(handler)
    return parser
''',
        id="cwe-611-sax-external-entities",
    ),
]


@pytest.mark.parametrize(("rule_id", "cwe", "needle", "span", "source", "name", "expected"), SWAPS)
def test_codemod(
    rule_id: str, cwe: tuple[int, ...], needle: str, span: int, source: str, name: str, expected: str
) -> None:
    assert_fix(source, rule_id, cwe, needle, span, name, expected)


def test_eval_of_an_attribute_lambda_becomes_attrgetter() -> None:
    from aiharden.repair.codemods import propose
    from aiharden.repair.edits import apply_edits

    source = 'def make_attr_key(name: str):\n    return eval("lambda row: row." + name)\n'
    (fix,) = propose(source, "eval-call", (95,), 2, 2)
    assert apply_edits(source, fix.edits) == (
        "import operator\ndef make_attr_key(name: str):\n    return operator.attrgetter(name)\n")


@pytest.mark.parametrize("run", [
    pytest.param("exec(text, {}, ns)", id="text"),
    pytest.param('exec(compile(text, "<settings>", "exec"), {}, ns)', id="compiled-text"),
])
def test_exec_of_a_settings_text_reads_literal_assignments_only(run: str) -> None:
    from aiharden.repair.codemods import propose
    from aiharden.repair.edits import apply_edits

    source = (f'def parse(text: str) -> dict:\n    ns: dict = {{}}\n    {run}\n'
              '    return {k: v for k, v in ns.items() if not k.startswith("_")}\n')
    (fix,) = propose(source, "exec-call", (94,), 3, 3)
    assert fix.name == "exec-to-literal-settings"
    module: dict = {}
    exec(compile(apply_edits(source, fix.edits), "<settings>", "exec"), module)  # noqa: S102 - the code under test
    assert module["parse"]('name = "x"\nsizes = [1, 2]\n_private = 3\n') == {"name": "x", "sizes": [1, 2]}
    for hostile in ('__import__("os").system("true")\n', "import os\n", "x = open('/etc/passwd').read()\n"):
        with pytest.raises(ValueError):
            module["parse"](hostile)


def test_eval_without_builtins_becomes_an_arithmetic_evaluator() -> None:
    from aiharden.repair.codemods import propose
    from aiharden.repair.edits import apply_edits

    source = ('import math\n\n\ndef calc(expr: str) -> float:\n'
              '    return float(eval(expr, {"__builtins__": {}}, {}))\n')
    (fix,) = propose(source, "eval-call", (95,), 5, 5)
    assert fix.name == "eval-to-arithmetic"
    module: dict = {}
    exec(compile(apply_edits(source, fix.edits), "<calc>", "exec"), module)  # noqa: S102 - the code under test
    calc = module["calc"]
    assert calc("(2 + 3) * 4 / 5") == 4.0 and calc("-2 ** 2 + 7 // 2 % 3") == -4.0 and calc(" 1.5e1 ") == 15.0
    escape = "().__class__.__bases__[0].__subclasses__()"
    for hostile in (escape, "__import__('os')", "a + 1", "9 ** 9 ** 9", "'x' * 10"):
        with pytest.raises(ValueError):
            calc(hostile)


@pytest.mark.parametrize("names", ["ns", "dict(FUNCS, **row)", "{**FUNCS, **row}"])
def test_eval_with_a_namespace_keeps_its_names_and_functions_only(names: str) -> None:
    from aiharden.repair.codemods import propose
    from aiharden.repair.edits import apply_edits

    source = ('FUNCS = {"round": round, "max": max}\n\n\ndef compute(formula: str, row: dict) -> object:\n'
              '    ns = dict(FUNCS, **row)\n'
              f'    return eval(formula, {{"__builtins__": {{}}}}, {names})\n')
    (fix,) = propose(source, "eval-call", (95,), 6, 6)
    assert fix.name == "eval-to-arithmetic"
    module: dict = {}
    exec(compile(apply_edits(source, fix.edits), "<calc>", "exec"), module)  # noqa: S102 - the code under test
    compute = module["compute"]
    assert compute("round(price * qty, 1) + max(2, fee)", {"price": 2.25, "qty": 3, "fee": 1}) == 8.8
    for hostile in ("().__class__.__bases__[0].__subclasses__()", "round.__self__", "open('x')", "_private",
                    "__import__('os')"):
        with pytest.raises(ValueError):
            compute(hostile, {"price": 1, "qty": 1, "fee": 0})


def test_a_mode_held_in_a_module_constant_is_changed_where_it_is_set() -> None:
    from aiharden.repair.codemods import propose
    from aiharden.repair.edits import apply_edits

    source = ("import os\n\nSHARED = 0o777\n\n\ndef share(path):\n    os.makedirs(path, exist_ok=True)\n"
              "    os.chmod(path, SHARED)\n")
    fixes = propose(source, "chmod-permissive", (732,), 8, 8)
    assert fixes and fixes[0].name == "chmod-drop-world"
    fixed = apply_edits(source, fixes[0].edits)
    assert "SHARED = 0o770\n" in fixed and "os.chmod(path, SHARED)" in fixed


@pytest.mark.parametrize("call", ["eval(expr)", "eval(expr.strip())"])
def test_a_plain_eval_gets_the_arithmetic_evaluator_beside_literal_eval(call: str) -> None:
    from aiharden.repair.codemods import propose
    from aiharden.repair.edits import apply_edits

    source = f"class Calc:\n    def run(self, expr: str) -> float:\n        return float({call})\n"
    fixes = {f.name: f for f in propose(source, "eval-call", (95,), 3, 3)}
    assert set(fixes) == {"eval-to-literal-eval", "eval-to-arithmetic"}  # verification decides which one holds
    module: dict = {}
    exec(compile(apply_edits(source, fixes["eval-to-arithmetic"].edits), "<calc>", "exec"), module)  # noqa: S102
    calc = module["Calc"]()
    assert calc.run("2 * (3 + 4)") == 14.0
    with pytest.raises(ValueError):
        calc.run("__import__('os').getcwd()")


@pytest.mark.parametrize("opened", ['open(path, "w")', 'open(path, mode="wb")', 'open(path, "w", encoding="utf-8")'])
def test_a_secret_written_with_the_default_mode_gets_a_file_only_its_owner_reads(tmp_path, opened: str) -> None:
    import stat

    source = ("import json\n\n\ndef save(path, api_token):\n    payload = {'api_token': api_token}\n"
              f"    with {opened} as fh:\n        fh.write(json.dumps(payload){'.encode()' if 'b' in opened else ''})\n")
    fixes = propose(source, "secret-file-default-mode", (732,), 7, 7)
    assert [f.name for f in fixes] == ["private-file-opener"]
    fixed = apply_edits(source, fixes[0].edits)
    assert "import os" in fixed
    namespace: dict = {}
    exec(compile(fixed, "fixed.py", "exec"), namespace)  # noqa: S102 - the test's own source
    target = tmp_path / "credentials.json"
    namespace["save"](str(target), "tok-123")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "tok-123" in target.read_text()


def test_host_name_checks_turned_off_are_turned_on_with_the_certificate_check() -> None:
    import ssl

    from aiharden.repair.codemods import propose
    from aiharden.repair.edits import apply_edits

    source = ('import ssl\n\n\ndef tls_context(ca_file: str | None = None) -> ssl.SSLContext:\n'
              '    context = ssl.create_default_context(cafile=ca_file)\n'
              '    context.check_hostname = False\n    context.verify_mode = ssl.CERT_NONE\n    return context\n')
    (fix,) = propose(source, "ssl-unverified-context", (295,), 6, 6)
    fixed = apply_edits(source, fix.edits)
    assert "context.check_hostname = True\n" in fixed and "ssl.CERT_REQUIRED" in fixed
    module: dict = {}
    exec(compile(fixed, "<tls>", "exec"), module)  # noqa: S102 - the code under test
    context = module["tls_context"]()
    assert context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED
