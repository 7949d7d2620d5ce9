"""The probe's child process: load each version of one module, call one function with planned inputs, record
what reaches the sinks.

Runs only inside the sandbox (probe/sandbox.py), as a script: it imports nothing from aiharden. The plan comes
on stdin as JSON, the observations go to stdout as JSON. Sinks are recorded, never executed: processes are faked
(and any other way of starting one is refused), sockets are refused after their address is recorded, SQL runs on
a throwaway sqlite file with every statement recorded, file access is recorded through the audit hook.
"""
from __future__ import annotations

import asyncio
import base64
import contextlib
import importlib.util
import inspect
import io
import ipaddress
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import tempfile
import subprocess
import sys
import time
import types
from collections.abc import Mapping
from pathlib import Path
from typing import Any

EVENTS: list[dict[str, Any]] = []
ARMED = [False]
FAKE_OUTPUT = "3 report.txt\n"  # what every recorded process prints
_NUMBER_OUTPUT = "3\n"  # for code that reads a number from it, when the first fails to parse
EXIT = [0]  # the exit status of every recorded process in this call (a plan's call may ask for a failing one)


def _set_output(text: str) -> None:
    global FAKE_OUTPUT
    FAKE_OUTPUT = text
CALL_SECONDS = 3


MODULE: list[Any] = [None]  # the probed module, as loaded (record classes are built from it)
MODULE_FILE = [""]


FAULT = [False]  # this call runs with the database and the data files failing (the errors probe)
FAULT_TEXT = "probe_canary_internal"
DATA_ROOT = [""]  # the sandbox's base folder: the files a fault makes fail
DB_HOME = [""]  # where a database whose folder does not exist here is opened instead


def record(kind: str, **data: Any) -> None:
    if ARMED[0]:
        EVENTS.append({"kind": kind, "line": _user_line(), **data})


def _user_line() -> int | None:
    """The line of the probed module that led to this event (the innermost frame in its file)."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename == MODULE_FILE[0]:
            return frame.f_lineno
        frame = frame.f_back  # type: ignore[assignment]
    return None


def _fspath(p: Any) -> str | None:
    if isinstance(p, (str, bytes, os.PathLike)):
        p = os.fsdecode(p)
        return p
    return None


def _opened(path: str, mode: str) -> None:
    full = os.path.abspath(path)
    # the probe's own folder (TMPDIR's parent: its HOME, TMPDIR and planted files) is private to the child,
    # wherever the host put it
    own = os.path.dirname(os.environ.get("TMPDIR") or "")
    private = own not in ("", "/") and (full == own or full.startswith(os.path.join(own, "")))
    record("open", path=full, mode=mode, **({"private": True} if private else {}))


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "open":
        path = _fspath(args[0])
        if path is not None:
            mode = args[1] if isinstance(args[1], str) else ("w" if (args[2] or 0) & (os.O_WRONLY | os.O_RDWR) else "r")
            _opened(path, mode or "r")
            if FAULT[0] and ARMED[0] and DATA_ROOT[0] and os.path.abspath(path).startswith(DATA_ROOT[0]):
                raise OSError(5, f"Input/output error: '/srv/app/{FAULT_TEXT}'")
    elif event in ("os.chmod", "os.mkdir"):
        path = _fspath(args[0])
        if path is not None:
            record(event.split(".")[1], path=os.path.abspath(path), mode=args[1])
    elif event in ("os.rename", "os.remove", "shutil.rmtree", "shutil.copyfile", "os.symlink", "os.link"):
        for a in args[:2]:
            if (path := _fspath(a)) is not None:
                _opened(path, "w")
    elif event == "socket.getaddrinfo":
        record("resolve", host=str(args[0]), port=args[1])
    elif event == "socket.connect":
        address = args[1]
        if isinstance(address, tuple):
            record("connect", host=str(address[0]), port=address[1])
            raise ConnectionRefusedError(111, "the probe sandbox has no network")
    elif event in ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty"):
        record("spawn", event=event, detail=repr(args[:2])[:300])
        raise PermissionError(f"the probe sandbox does not start processes ({event})")
    elif event == "pickle.find_class":
        record("find_class", module=str(args[0]), name=str(args[1]))


# ---- fake processes: recorded with their argv or command string, never started ----

def _exec_event(args: Any, shell: bool) -> None:
    if isinstance(args, (str, bytes)):
        record("exec", cmd=os.fsdecode(args), shell=bool(shell))
    else:
        argv = [os.fsdecode(a) if isinstance(a, (str, bytes, os.PathLike)) else str(a) for a in args]
        if shell:
            record("exec", cmd=argv[0] if argv else "", shell=True, extra=argv[1:])
        else:
            record("exec", argv=argv, shell=False)


def _output(kw: dict[str, Any]) -> Any:
    text = kw.get("text") or kw.get("universal_newlines") or kw.get("encoding") or kw.get("errors")
    return FAKE_OUTPUT if text else FAKE_OUTPUT.encode()


def _fake_run(args: Any, *a: Any, **kw: Any) -> subprocess.CompletedProcess[Any]:
    _exec_event(args, kw.get("shell", False))
    capture = kw.get("capture_output") or kw.get("stdout") == subprocess.PIPE
    done = subprocess.CompletedProcess(args, EXIT[0], _output(kw) if capture else None,
                                       _output(kw)[:0] if capture else None)
    if kw.get("check"):
        done.check_returncode()
    return done


def _fake_check_output(args: Any, *a: Any, **kw: Any) -> Any:
    _exec_event(args, kw.get("shell", False))
    if EXIT[0]:
        raise subprocess.CalledProcessError(EXIT[0], args, _output(kw))
    return _output(kw)


def _fake_call(args: Any, *a: Any, **kw: Any) -> int:
    _exec_event(args, kw.get("shell", False))
    return EXIT[0]


def _fake_check_call(args: Any, *a: Any, **kw: Any) -> int:
    _exec_event(args, kw.get("shell", False))
    if EXIT[0]:
        raise subprocess.CalledProcessError(EXIT[0], args)
    return 0


def _fake_getoutput(cmd: Any) -> str:
    _exec_event(cmd, True)
    return FAKE_OUTPUT.rstrip("\n")


def _fake_getstatusoutput(cmd: Any) -> tuple[int, str]:
    _exec_event(cmd, True)
    return EXIT[0], FAKE_OUTPUT.rstrip("\n")


class _FakePopen:
    def __init__(self, args: Any, *a: Any, **kw: Any) -> None:
        _exec_event(args, kw.get("shell", False))
        self.args, self.returncode, self.pid = args, EXIT[0], 4242
        out = _output(kw)
        self.stdout = (io.StringIO if isinstance(out, str) else io.BytesIO)(out)
        self.stderr = (io.StringIO if isinstance(out, str) else io.BytesIO)(out[:0])
        self.stdin = io.StringIO() if isinstance(out, str) else io.BytesIO()
        self._out = out

    def communicate(self, input: Any = None, timeout: Any = None) -> tuple[Any, Any]:
        return self._out, self._out[:0]

    def wait(self, timeout: Any = None) -> int:
        return self.returncode

    def poll(self) -> int:
        return self.returncode

    def kill(self) -> None:
        pass

    terminate = kill

    def __enter__(self) -> _FakePopen:
        return self

    def __exit__(self, *exc: Any) -> None:
        pass


class _FakePipe(io.StringIO):
    def close(self) -> None:
        super().close()
        return None


def _fake_system(cmd: Any) -> int:
    _exec_event(cmd, True)
    return EXIT[0] << 8  # a wait status, as os.system returns it


def _fake_popen(cmd: Any, mode: str = "r", buffering: int = -1) -> _FakePipe:
    _exec_event(cmd, True)
    return _FakePipe(FAKE_OUTPUT)


class _FakeAsyncProcess:
    pid = 4242

    def __init__(self) -> None:
        self.stdout = self.stderr = None
        self.returncode = EXIT[0]

    async def communicate(self, input: Any = None) -> tuple[bytes, bytes]:
        return FAKE_OUTPUT.encode(), b""

    async def wait(self) -> int:
        return self.returncode


async def _fake_async_shell(cmd: Any, *a: Any, **kw: Any) -> _FakeAsyncProcess:
    _exec_event(cmd, True)
    return _FakeAsyncProcess()


async def _fake_async_exec(program: Any, *args: Any, **kw: Any) -> _FakeAsyncProcess:
    _exec_event([program, *args], False)
    return _FakeAsyncProcess()


# ---- SQL: a real sqlite database whose every statement is recorded with its parameters ----

class _Recording:
    """execute/executemany/executescript that record the statement and its parameters, then run it."""

    def execute(self, sql: str, parameters: Any = ()) -> Any:
        record("sql", text=sql, params=norm(parameters))
        if FAULT[0] and ARMED[0] and not sql.lstrip().upper().startswith(("CREATE", "PRAGMA")):
            raise sqlite3.OperationalError(f"no such table: {FAULT_TEXT} (/srv/app/{FAULT_TEXT}.db)")
        return super().execute(sql, parameters)  # type: ignore[misc]

    def executemany(self, sql: str, seq: Any) -> Any:
        seq = list(seq)
        record("sql", text=sql, params=norm(seq[:1][0] if seq else ()))
        return super().executemany(sql, seq)  # type: ignore[misc]

    def executescript(self, script: str) -> Any:
        record("sql", text=script, params=[], script=True)
        return super().executescript(script)  # type: ignore[misc]


class _RecCursor(_Recording, sqlite3.Cursor):
    pass


class _RecConnection(_Recording, sqlite3.Connection):
    def cursor(self, factory: Any = _RecCursor) -> Any:
        return super().cursor(factory)


_REAL_CONNECT = sqlite3.connect
SQL_SETUP: list[str] = []


def _connect(database: Any = ":memory:", *a: Any, **kw: Any) -> Any:
    if FAULT[0] and ARMED[0]:
        raise sqlite3.OperationalError(f"unable to open database file /srv/app/{FAULT_TEXT}.db")
    kw.setdefault("factory", _RecConnection)
    path = str(database) if isinstance(database, (str, os.PathLike)) else ""
    if path and path != ":memory:" and not path.startswith("file:") and DB_HOME[0] and \
            not os.path.isdir(os.path.dirname(os.path.abspath(path))):
        database = os.path.join(DB_HOME[0], os.path.basename(path))  # a server path: a database of the sandbox's
    conn = _REAL_CONNECT(database, *a, **kw)
    armed, ARMED[0] = ARMED[0], False
    try:
        for stmt in SQL_SETUP:  # the code's own schema, so that its queries meet the tables they expect
            with contextlib.suppress(sqlite3.Error):
                sqlite3.Connection.execute(conn, re.sub(r"(?i)^\s*create\s+(table|index|view)\s+(?!if\s)",
                                                        lambda m: f"CREATE {m[1]} IF NOT EXISTS ", stmt))
    finally:
        ARMED[0] = armed
    return conn


def _recording(kind: str, fn: Any, name: str, **extra: Any) -> Any:
    def wrapper(*a: Any, **kw: Any) -> Any:
        info = {k: (a[i] if len(a) > i else kw.get(k)) for k, i in extra.items()}
        record(kind, fn=name, name=name if kind != "hash" or name != "new" else str(a[0] if a else kw.get("name")),
               **{k: norm(v) for k, v in info.items()})
        return fn(*a, **kw)
    wrapper.__wrapped__ = fn  # type: ignore[attr-defined]
    return wrapper


import random as _random_module


class _RecordingRandom(_random_module.Random):
    """random.Random as the code makes it: every draw (all of its methods come down to these two) is recorded like
    the module's own functions; SystemRandom keeps the original class and records nothing."""

    def random(self) -> float:
        record("random", fn="Random")
        return super().random()

    def getrandbits(self, k: int) -> int:
        record("random", fn="Random")
        return super().getrandbits(k)


SALTS: set[bytes] = set()  # the salts the key derivations of one version were given (cleared per version)


def _recording_kdf(fn: Any, name: str, salt_at: int | None) -> Any:
    """A key derivation, recorded with whether its salt was already used by an earlier call of the same version:
    a salt drawn for each password never is; a constant always is."""
    def wrapper(*a: Any, **kw: Any) -> Any:
        salt = a[salt_at] if salt_at is not None and len(a) > salt_at else kw.get("salt")
        key = bytes(salt) if isinstance(salt, (bytes, bytearray)) else str(salt).encode()
        record("hash", fn=name, name=name, salt_repeated=key in SALTS)
        SALTS.add(key)
        return fn(*a, **kw)
    wrapper.__wrapped__ = fn  # type: ignore[attr-defined]
    return wrapper


def _own_calls(kind: str, fn: Any, name: str, module: str) -> Any:
    """fn, recorded when the probed module calls it directly (libraries call json.loads all the time)."""
    def wrapper(*a: Any, **kw: Any) -> Any:
        if sys._getframe(1).f_code.co_filename == MODULE_FILE[0]:
            record(kind, fn=name, name=name, module=module)
        return fn(*a, **kw)
    wrapper.__wrapped__ = fn  # type: ignore[attr-defined]
    return wrapper


def _recording_stat(real: Any) -> Any:
    def stat(path: Any, *a: Any, **kw: Any) -> Any:
        try:
            return real(path, *a, **kw)
        except FileNotFoundError:
            if ARMED[0] and (p := _fspath(path)) is not None:
                record("stat", path=os.path.abspath(p))
            raise
    return stat


_REAL_GETADDRINFO = socket.getaddrinfo


def _getaddrinfo(host: Any, port: Any, *a: Any, **kw: Any) -> Any:
    """No DNS in the sandbox: a name is a public test address, localhost is loopback, an address is itself."""
    name = host.decode() if isinstance(host, bytes) else str(host)
    record("resolve", host=name, port=port)
    try:
        ipaddress.ip_address(name.strip("[]"))
        target = name.strip("[]")
    except ValueError:
        target = "127.0.0.1" if name in ("localhost", "localhost.localdomain") else "93.184.216.34"
    return _REAL_GETADDRINFO(target, port, *a, **kw)


def _sent(kw: Mapping[str, Any], auth: Any = None) -> str:
    """What a request carries besides its URL (query parameters, headers, credentials, body), as text."""
    parts = {k: kw[k] for k in ("params", "headers", "auth", "json", "data", "cookies") if kw.get(k) is not None}
    if auth is not None and "auth" not in parts:
        parts["auth"] = auth
    return repr(parts)[:2000] if parts else ""


JWT_NAMES = ("{JWT:valid}", "{JWT:none}", "{JWT:forged}")  # probe/tokens.py


def _record_jwt() -> None:
    """PyJWT's decode, recorded: a token the plan names is made here, with the key, algorithm, audience and issuer
    the code passes (valid), with no signature (none) or with another key (forged); then the real decode judges it."""
    jwt = sys.modules.get("jwt")
    if jwt is None or not hasattr(jwt, "encode"):
        return
    real_decode, real_encode = jwt.decode, jwt.encode

    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    def make(name: str, key: Any, algorithms: Any, kw: dict[str, Any]) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {"sub": "probe-admin", "user": "probe-admin", "username": "probe-admin",
                                  "user_id": "probe-admin", "role": "admin", "admin": True, "iat": now,
                                  "nbf": now, "exp": now + 3600}
        aud = kw.get("audience")
        if aud:
            claims["aud"] = aud if isinstance(aud, str) else list(aud)[0]
        if kw.get("issuer"):
            iss = kw["issuer"]
            claims["iss"] = iss if isinstance(iss, str) else list(iss)[0]
        if name == "{JWT:none}":
            return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}."
        if name == "{JWT:forged}":
            return real_encode(claims, "probe: a key that is not the application's", algorithm="HS256")
        algs = [a for a in (algorithms or ["HS256"]) if isinstance(a, str) and a.upper().startswith("HS")]
        secret = key if isinstance(key, (str, bytes)) and key else "probe: a key for a decode without one"
        return real_encode(claims, secret, algorithm=algs[0] if algs else "HS256")

    def decode(token: Any, key: Any = "", algorithms: Any = None, *a: Any, **kw: Any) -> Any:
        name = token.decode("latin-1") if isinstance(token, bytes) else token
        if name not in JWT_NAMES:
            return real_decode(token, key, algorithms, *a, **kw)
        try:
            claims = real_decode(make(name, key, algorithms, kw), key, algorithms, *a, **kw)
        except Exception:
            record("jwt", token=name, accepted=False)
            raise
        record("jwt", token=name, accepted=True)
        return claims

    decode.__wrapped__ = real_decode  # type: ignore[attr-defined]
    jwt.decode = decode  # type: ignore[attr-defined]


def _record_keys() -> None:
    """Key generation of the `cryptography` package, when the code uses it: the algorithm and its size."""
    for algo in ("rsa", "dsa", "ec"):
        mod = sys.modules.get(f"cryptography.hazmat.primitives.asymmetric.{algo}")
        if mod is None or not hasattr(mod, "generate_private_key"):
            continue
        real = mod.generate_private_key

        def keygen(*a: Any, _real: Any = real, _algo: str = algo, **kw: Any) -> Any:
            key = _real(*a, **kw)
            curve = getattr(key, "curve", None)
            record("keygen", algorithm=_algo, bits=int(getattr(key, "key_size", 0) or 0),
                   curve=getattr(curve, "name", None))
            return key

        setattr(mod, "generate_private_key", keygen)


IVS: set[bytes] = set()  # the IVs and nonces the ciphers of one version were given (cleared per version)
_PYCRYPTODOME_MODES = {1: "ECB", 2: "CBC", 3: "CFB", 5: "OFB", 6: "CTR", 7: "OPENPGP", 8: "CCM", 9: "EAX", 10: "SIV",
                       11: "GCM", 12: "OCB"}


def _cipher_event(algorithm: str, mode: Any, iv: Any) -> None:
    key = bytes(iv) if isinstance(iv, (bytes, bytearray, memoryview)) else None
    record("cipher", algorithm=algorithm, mode=mode, iv_repeated=key is not None and key in IVS)
    if key is not None:
        IVS.add(key)


def _record_ciphers() -> None:
    """Ciphers of the `cryptography` package and PyCryptodome, when the code uses them: the algorithm, the mode and
    whether the IV or nonce was already used by an earlier call of the same version (a constant always is)."""
    ciphers = sys.modules.get("cryptography.hazmat.primitives.ciphers")
    if ciphers is not None and hasattr(ciphers, "Cipher"):
        real_init = ciphers.Cipher.__init__

        def init(self: Any, algorithm: Any, mode: Any = None, *a: Any, **kw: Any) -> None:
            iv = next((getattr(mode, n) for n in ("initialization_vector", "nonce", "tweak") if hasattr(mode, n)), None)
            _cipher_event(getattr(algorithm, "name", type(algorithm).__name__), getattr(mode, "name", None), iv)
            real_init(self, algorithm, mode, *a, **kw)

        ciphers.Cipher.__init__ = init
    aead = sys.modules.get("cryptography.hazmat.primitives.ciphers.aead")
    for name in ("AESGCM", "AESCCM", "AESOCB3", "AESSIV", "ChaCha20Poly1305"):
        cls = getattr(aead, name, None) if aead is not None else None
        if cls is None:
            continue
        real_encrypt = cls.encrypt

        def encrypt(self: Any, nonce: Any, *a: Any, _real: Any = real_encrypt, _name: str = name, **kw: Any) -> Any:
            _cipher_event(_name, "AEAD", nonce)
            return _real(self, nonce, *a, **kw)

        try:
            cls.encrypt = encrypt
        except TypeError:  # a class of the Rust extension that takes no new attributes
            continue
    for package in ("Crypto.Cipher", "Cryptodome.Cipher"):
        for algo in ("AES", "DES", "DES3", "Blowfish", "ARC2", "CAST"):
            mod = sys.modules.get(f"{package}.{algo}")
            if mod is None or not hasattr(mod, "new"):
                continue
            real_new = mod.new

            def new(key: Any, mode: Any = None, *a: Any, _real: Any = real_new, _algo: str = algo, **kw: Any) -> Any:
                iv = a[0] if a else kw.get("iv", kw.get("nonce"))
                _cipher_event(_algo, _PYCRYPTODOME_MODES.get(mode, mode), iv)
                return _real(key, mode, *a, **kw)

            setattr(mod, "new", new)


def _record_http() -> None:
    """requests and httpx calls with their verify and timeout settings (the connection itself is refused)."""
    try:
        import requests.sessions
    except ImportError:
        pass
    else:
        real_request = requests.sessions.Session.request

        def request(self: Any, method: str, url: Any, *a: Any, **kw: Any) -> Any:
            record("http", client="requests", method=str(method), url=str(url), verify=kw.get("verify", self.verify),
                   timeout=norm(kw.get("timeout")), sent=_sent(kw, getattr(self, "auth", None)))
            return real_request(self, method, url, *a, **kw)

        requests.sessions.Session.request = request  # type: ignore[method-assign]
    try:
        import httpx
    except ImportError:
        pass
    else:
        for cls in (httpx.Client, httpx.AsyncClient):
            real_init = cls.__init__

            def init(self: Any, *a: Any, _real: Any = real_init, **kw: Any) -> None:
                if kw.get("verify", True) is False:
                    record("http", client="httpx", url=None, verify=False, timeout=norm(kw.get("timeout")))
                _real(self, *a, **kw)

            cls.__init__ = init  # type: ignore[method-assign]
        real_get = httpx.request

        def hx_request(method: str, url: Any, *a: Any, **kw: Any) -> Any:
            record("http", client="httpx", method=method, url=str(url), verify=kw.get("verify", True),
                   timeout=norm(kw.get("timeout", "default")), sent=_sent(kw))
            return real_get(method, url, *a, **kw)

        httpx.request = hx_request
        for verb in ("get", "post", "put", "delete", "head"):
            setattr(httpx, verb, lambda url, *a, _v=verb.upper(), **kw: hx_request(_v, url, *a, **kw))
    import ssl

    real_unverified = ssl._create_unverified_context

    def unverified(*a: Any, **kw: Any) -> Any:
        record("unverified_tls")
        return real_unverified(*a, **kw)

    ssl._create_unverified_context = unverified
    for attr, off in (("verify_mode", ssl.CERT_NONE), ("check_hostname", False)):
        prop = getattr(ssl.SSLContext, attr, None)
        if not isinstance(prop, property) or prop.fset is None:
            continue

        def setter(self: Any, value: Any, _set: Any = prop.fset, _off: Any = off, _attr: str = attr) -> None:
            if value == _off:
                record("unverified_tls", setting=_attr)
            _set(self, value)

        setattr(ssl.SSLContext, attr, property(prop.fget, setter, prop.fdel, prop.__doc__))


def _record_serving() -> None:
    """Flask's app.run records how it would serve and returns at once: nothing listens in the sandbox."""
    flask = sys.modules.get("flask")
    if flask is None:
        return

    def run(self: Any, host: Any = None, port: Any = None, debug: Any = None, **kw: Any) -> None:
        record("serve", host=host, port=port, debug=bool(debug if debug is not None else self.debug))

    flask.Flask.run = run


def _record_logging() -> None:
    import logging

    real = logging.Logger.callHandlers

    def call_handlers(self: Any, rec: Any) -> None:
        with contextlib.suppress(Exception):
            record("log", logger=self.name, level=rec.levelname, message=rec.getMessage())
        real(self, rec)

    logging.Logger.callHandlers = call_handlers  # type: ignore[method-assign,assignment]
    # every level reaches the recorder (a deployment logs INFO; Python's default threshold is WARNING); the last
    # resort handler still prints only warnings
    logging.getLogger().setLevel(logging.DEBUG)


def accept_credentials() -> None:
    """Password checks pass (werkzeug, Django, passlib, bcrypt), for the original and every candidate alike: what
    a view does after signing in (following `next`) is reached without knowing a password."""
    def yes(*a: Any, **kw: Any) -> bool:
        return True

    for module, names in (("werkzeug.security", ("check_password_hash",)),
                          ("django.contrib.auth.hashers", ("check_password",)),
                          ("bcrypt", ("checkpw",))):
        with contextlib.suppress(Exception):
            mod = importlib.import_module(module)
            for name in names:
                setattr(mod, name, yes)


def install_fakes(preload: list[str]) -> None:
    import hashlib
    import random

    for name in ("choice", "choices", "randint", "randrange", "random", "getrandbits", "sample", "shuffle",
                 "uniform", "randbytes"):
        if hasattr(random, name):
            setattr(random, name, _recording("random", getattr(random, name), name))
    random.Random = _RecordingRandom  # type: ignore[misc]  # a generator of the code's own (`random.Random(seed)`)
    for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s", "new"):
        if hasattr(hashlib, name):
            setattr(hashlib, name, _recording("hash", getattr(hashlib, name), name))
    for name, salt_at in (("pbkdf2_hmac", 2), ("scrypt", None)):
        if hasattr(hashlib, name):
            setattr(hashlib, name, _recording_kdf(getattr(hashlib, name), name, salt_at))
    import hmac

    for name in ("new", "digest"):  # the key is recorded: a hard-coded one is what the secrets probe looks for
        setattr(hmac, name, _recording("hmac", getattr(hmac, name), name, key=0))
    import secrets

    real_compare = hmac.compare_digest

    def compare_digest(a: Any, b: Any) -> bool:  # the constant-time comparison a probe's text reached
        if isinstance(a, (_Spy, _BytesSpy)) or isinstance(b, (_Spy, _BytesSpy)):
            record("compare", op="compare_digest", constant_time=True)
        return real_compare(a, b)

    hmac.compare_digest = secrets.compare_digest = compare_digest
    import tempfile

    tempfile.mktemp = _recording("tempfile", tempfile.mktemp, "mktemp")
    os.stat = _recording_stat(os.stat)  # `if path.exists()` before the read
    # a retry's back-off waits for nothing in the sandbox: recorded, not slept
    time.sleep = lambda seconds: record("sleep", seconds=seconds)
    if "re" in preload:  # the patterns the code compiles (the regex probe)
        for name in ("compile", "match", "search", "fullmatch", "sub", "subn", "split", "findall", "finditer"):
            setattr(re, name, _recording("regex", getattr(re, name), name, pattern=0))
    socket.getaddrinfo = _getaddrinfo
    _record_logging()
    for module in preload:
        with contextlib.suppress(Exception):
            importlib.import_module(module)
    _record_http()
    _record_keys()
    _record_ciphers()
    _record_jwt()
    _record_serving()
    yaml = sys.modules.get("yaml")
    if yaml is not None:
        for name in ("load", "safe_load", "full_load", "unsafe_load", "load_all", "safe_load_all"):
            if hasattr(yaml, name):
                setattr(yaml, name, _recording("decode", getattr(yaml, name), name))
    if "yaml" in preload:  # the decoders the probed module calls itself, for the deserialisation probe
        import marshal
        import pickle

        for decoder in (pickle, marshal, json):
            for name in ("load", "loads"):
                setattr(decoder, name, _own_calls("decode", getattr(decoder, name), name, decoder.__name__))
    subprocess.run = _fake_run
    subprocess.check_output = _fake_check_output
    subprocess.call, subprocess.check_call = _fake_call, _fake_check_call
    subprocess.Popen = _FakePopen  # type: ignore[assignment,misc]
    subprocess.getoutput = _fake_getoutput
    subprocess.getstatusoutput = _fake_getstatusoutput
    os.system = _fake_system  # type: ignore[assignment]
    os.popen = _fake_popen  # type: ignore[assignment]
    asyncio.create_subprocess_shell = _fake_async_shell  # type: ignore[assignment]
    asyncio.create_subprocess_exec = _fake_async_exec  # type: ignore[assignment]
    sqlite3.connect = _connect
    sqlite3.dbapi2.connect = _connect


# ---- values in and out ----

def norm(v: Any, depth: int = 0) -> Any:
    """A JSON form of a value that compares equal for equal behaviour (no addresses, no ids)."""
    if depth > 6:
        return "..."
    if v is None or isinstance(v, (bool, int, float)):
        return v
    if isinstance(v, str):
        return v[:20_000]
    if isinstance(v, (bytes, bytearray)):
        return {"bytes": bytes(v[:20_000]).decode("latin-1")}
    if isinstance(v, (list, tuple, set, frozenset)):
        items = sorted(v, key=repr) if isinstance(v, (set, frozenset)) else list(v)
        return [norm(x, depth + 1) for x in items[:200]]
    if isinstance(v, dict):
        return {str(k): norm(x, depth + 1) for k, x in list(v.items())[:200]}
    if isinstance(v, os.PathLike):
        return {"path": os.fspath(v)}
    resp = response(v)
    if resp is not None:
        return resp
    if isinstance(v, BaseException):
        return {"exception": type(v).__name__}
    if isinstance(getattr(v, "debug", None), bool) and hasattr(v, "config"):  # a web application object
        return {"object": type(v).__name__, "debug": v.debug}
    if callable(v) and not isinstance(v, type):
        return {"callable": True}  # a function or an itemgetter: what it computes is not its repr
    return {"object": type(v).__name__, "repr": re.sub(r" at 0x[0-9a-fA-F]+", "", repr(v))[:2000]}


def response(v: Any) -> dict[str, Any] | None:
    """Flask/werkzeug, Django and Starlette responses as status, Location and body."""
    status = getattr(v, "status_code", None)
    if not isinstance(status, int):
        return None
    body: Any = b""
    with contextlib.suppress(Exception):
        if hasattr(v, "get_data"):
            body = v.get_data()
        elif hasattr(v, "content"):
            body = v.content
        elif hasattr(v, "body"):
            body = v.body
    headers = getattr(v, "headers", {}) or {}
    with contextlib.suppress(Exception):
        headers = dict(headers.items())
    if hasattr(v, "items") and not headers:  # django's HttpResponse is itself the header mapping
        with contextlib.suppress(Exception):
            headers = dict(v.items())
    if isinstance(body, (bytes, bytearray)):
        body = bytes(body).decode("utf-8", "replace")
    lower = {str(k).lower(): str(x) for k, x in headers.items()}
    # what depends on the clock or on a file's mtime differs between two runs of the same code
    kept = {k: re.sub(r"(?i)expires=[^;]*;?\s*", "", x) for k, x in lower.items()
            if k not in ("content-length", "date", "server", "last-modified", "etag", "expires")}
    if "set-cookie" in kept:  # a signed session carries a timestamp and the process's own key
        kept["set-cookie"] = _unsigned(kept["set-cookie"])
    out: dict[str, Any] = {"status": status, "location": lower.get("location"), "body": str(body)[:20_000],
                           "headers": kept}
    if cookies := _set_cookies(v):
        out["cookies"] = cookies
    return out


def _unsigned(cookie: str) -> str:
    return re.sub(r"^([^=;]+)=[A-Za-z0-9._\-]{24,}", r"\1=<signed>", cookie)


def _set_cookies(v: Any) -> list[str]:
    """Every Set-Cookie a response sends (a header mapping keeps only one of them)."""
    found: list[str] = []
    with contextlib.suppress(Exception):
        headers: Any = getattr(v, "headers", None)
        if hasattr(headers, "getlist"):  # werkzeug
            found = [str(c) for c in headers.getlist("Set-Cookie")]
        elif hasattr(v, "raw_headers"):  # starlette
            found = [val.decode("latin-1") for key, val in v.raw_headers if key.lower() == b"set-cookie"]
        elif hasattr(v, "cookies"):  # django
            found = [m.OutputString() for m in v.cookies.values()]
    return sorted(re.sub(r"(?i)expires=[^;]*;?\s*", "", _unsigned(c)) for c in found)


def exception(e: BaseException) -> dict[str, Any]:
    return {"type": type(e).__name__, "mro": [c.__name__ for c in type(e).__mro__], "message": str(e)[:300]}


# ---- the world: a base folder the code may use, a secret beside it ----

class World:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.base = root / "srv" / "data"
        self.plants: dict[str, str | bytes] = {}

    def reset(self, payload_files: dict[str, bytes] | None = None) -> None:
        payload_files = dict(payload_files or {})
        if "*" in payload_files:
            every: bytes = payload_files.pop("*")
            payload_files.update({rel: every for rel in self.plants})
        if self.root.exists():
            shutil.rmtree(self.root, ignore_errors=True)
        (self.base / "sub").mkdir(parents=True)
        for rel, text in self.plants.items():
            p = self.base / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                p.write_bytes(text)
            else:
                p.write_text(text.replace("{WORLD}", str(self.root)))
        for p in (self.root / "secret.txt", self.root / "srv" / "secret.txt", self.root / "srv" / "secret"):
            p.write_text("TOP-SECRET canary\n")
        for rel, content in payload_files.items():
            p = self.base / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(content.replace(b"{WORLD}", str(self.root).encode()))
        with contextlib.suppress(OSError):
            os.symlink(self.root, self.base / "link")
        os.chdir(self.base)


def rebase(mod: types.ModuleType, names: list[str], world: World) -> None:
    for name in names:
        old = getattr(mod, name, None)
        if isinstance(old, Path):
            setattr(mod, name, type(old)(world.base))
        elif isinstance(old, str):
            setattr(mod, name, str(world.base) + ("/" if old.endswith("/") else ""))


# ---- driving the target ----

def _alarm(signum: int, frame: Any) -> None:
    raise TimeoutError("the probe's call ran past its time")


class _Spy(str):
    """The caller's text, recording each == and != it takes part in (probe/compare.py): Python asks a subclass of
    the other operand's type first, so `expected == given` records too."""

    def _seen(self, op: str, other: object) -> None:
        if isinstance(other, (str, bytes)):
            text = other.decode("latin-1") if isinstance(other, bytes) else str(other)
            record("compare", op=op, length=len(text), other=text[:80])

    def __eq__(self, other: object) -> bool:
        self._seen("==", other)
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        self._seen("!=", other)
        return str.__ne__(self, other)

    def encode(self, encoding: str = "utf-8", errors: str = "strict") -> bytes:
        return _BytesSpy(str.encode(self, encoding, errors))

    __hash__ = str.__hash__


class _BytesSpy(bytes):
    """The caller's text as bytes (`.encode()`), recording its comparisons the same way."""

    def __eq__(self, other: object) -> bool:
        _Spy._seen(self, "==", other)  # type: ignore[arg-type]
        return bytes.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        _Spy._seen(self, "!=", other)  # type: ignore[arg-type]
        return bytes.__ne__(self, other)

    __hash__ = bytes.__hash__


def build_value(v: Any, world: World) -> Any:
    if isinstance(v, str):
        return v.replace("{WORLD}", str(world.root))
    if isinstance(v, dict) and "$" in v:
        kind = v["$"]
        if kind == "spy":
            return _Spy(v["text"])
        if kind == "sqlite":
            return _connect(str(world.root / "probe.db"))
        if kind == "cursor":
            return _connect(str(world.root / "probe.db")).cursor()
        if kind == "engine":
            import sqlalchemy

            return sqlalchemy.create_engine(f"sqlite:///{world.root / 'probe.db'}")
        if kind == "callable":
            return lambda *a, **kw: None
        if kind == "base":
            return Path(world.base) if v.get("type") == "Path" else str(world.base)
        if kind == "path":
            return Path(v["value"])
        if kind == "bytes":
            return base64.b64decode(v["b64"]).replace(b"{WORLD}", str(world.root).encode())
        if kind == "list":
            return [build_value(x, world) for x in v["items"]]
        if kind == "datetime":
            import datetime

            return datetime.datetime(2024, 5, 17, 9, 30, tzinfo=datetime.timezone.utc)
        if kind == "record":  # an instance of the module's class; its fields as attributes when it cannot be built
            fields = {k: build_value(x, world) for k, x in v["fields"].items()}
            try:
                return getattr(MODULE[0], v["class"])(**fields)
            except Exception:  # noqa: BLE001
                return types.SimpleNamespace(**fields)
    if isinstance(v, list):
        return [build_value(x, world) for x in v]
    return v


ERROR_ROUTE = "/__probe_error__"  # target.ERROR_ROUTE


def _failing_view() -> Any:
    """The route that drives an application's handler of unhandled errors: on a fault call it fails the way a
    database does, naming a canary table and path."""
    if FAULT[0]:
        raise sqlite3.OperationalError(f"unable to open database file /srv/app/{FAULT_TEXT}.db")
    return {"ok": True}


def _factory_arg(mod: types.ModuleType, spec: str) -> Any:
    """An application factory's argument: an instance of a class of the module, or a plain value (`=dir:uploads`: a
    folder made in the probe's folder, `=path:db`: a path there, `=str:...`, `=bytes:...`, `={}`, `=[]`, `=1`)."""
    if not spec.startswith("="):
        return getattr(mod, spec)()
    kind, _, value = spec[1:].partition(":")
    if kind == "dir":
        os.makedirs(value, exist_ok=True)
        return os.path.abspath(value)
    if kind == "path":
        return os.path.abspath(value)
    if kind == "str":
        return value
    if kind == "bytes":
        return value.encode()
    return {"{}": {}, "[]": [], "1": 1, "True": True}[kind]


def _http_client(mod: types.ModuleType, target: dict[str, Any]) -> Any:
    name = target["app"]
    if name.endswith(")"):  # "create_app(Repo)": a factory, called with an instance of each class named
        factory, _, args = name[:-1].partition("(")
        obj = getattr(mod, factory)(*[_factory_arg(mod, c) for c in args.split(",") if c])
    else:
        obj = getattr(mod, name)
    fw = target["kind"]
    failing = target.get("route") == ERROR_ROUTE
    if fw == "flask":
        import flask

        if not isinstance(obj, flask.Flask):
            app = flask.Flask("probe")
            app.register_blueprint(obj)
            obj = app
        if failing and "__probe_error__" not in obj.view_functions:
            obj.add_url_rule(ERROR_ROUTE, "__probe_error__", _failing_view)
        return obj.test_client()
    if fw == "fastapi":
        import fastapi
        from fastapi.testclient import TestClient

        if not isinstance(obj, fastapi.FastAPI):
            api = fastapi.FastAPI()
            api.include_router(obj)
            obj = api
        if failing and not any(getattr(r, "path", "") == ERROR_ROUTE for r in obj.routes):
            obj.add_api_route(ERROR_ROUTE, _failing_view, methods=["GET"])
        return TestClient(obj, raise_server_exceptions=False)
    raise ValueError(fw)


def call(mod: types.ModuleType, target: dict[str, Any], spec: dict[str, Any], world: World) -> dict[str, Any]:
    kind = target["kind"]
    out: dict[str, Any] = {}
    if kind in ("flask", "fastapi"):
        client = _http_client(mod, target)
        http = json.loads(json.dumps(spec["http"]).replace("{WORLD}", str(world.root)))
        kwargs: dict[str, Any] = {"query_string" if kind == "flask" else "params": http.get("query") or None}
        if http.get("form"):
            kwargs["data"] = http["form"]
        if http.get("files"):  # uploads: the payload is the file's content
            if kind == "flask":
                kwargs["data"] = {**(http.get("form") or {}),
                                  **{k: (io.BytesIO(x.encode()), f"{k}.txt") for k, x in http["files"].items()}}
            else:
                kwargs["files"] = {k: (f"{k}.txt", x.encode()) for k, x in http["files"].items()}
        if http.get("json") is not None:
            kwargs["json"] = http["json"]
        if http.get("headers"):
            kwargs["headers"] = http["headers"]
        if http.get("cookies"):
            if kind == "flask":
                for k, x in http["cookies"].items():
                    client.set_cookie(k, x)
            else:
                kwargs["cookies"] = http["cookies"]
        if kind == "fastapi":
            kwargs["follow_redirects"] = False
        resp = client.open(http["path"], method=http["method"], **kwargs) if kind == "flask" else \
            client.request(http["method"], http["path"], **kwargs)
        return {"returned": response(resp)}
    if kind == "django":
        from django.test import RequestFactory

        http = json.loads(json.dumps(spec["http"]).replace("{WORLD}", str(world.root)))
        rf = RequestFactory()
        method = http["method"].lower()
        data = dict((http.get("form") if method != "get" else http.get("query")) or {})
        if http.get("files"):
            from django.core.files.uploadedfile import SimpleUploadedFile

            data.update({k: SimpleUploadedFile(f"{k}.txt", x.encode()) for k, x in http["files"].items()})
        req = getattr(rf, method)(http["path"], data)
        for k, x in (http.get("cookies") or {}).items():
            req.COOKIES[k] = x
        fn = getattr(mod, target["name"])
        return {"returned": norm(fn(req, **(http.get("route") or {})))}
    args = {k: build_value(v, world) for k, v in spec.get("args", {}).items()}
    if kind == "method":
        cls = getattr(mod, target["class"])
        init = {k: build_value(v, world) for k, v in spec.get("init", {}).items()}
        obj = cls(**init)
        fn = getattr(obj, target["name"])
    else:
        fn = mod
        for part in target["name"].split("."):  # Class.static_method
            fn = getattr(fn, part)
    result = fn(**args)
    if inspect.isawaitable(result):
        result = asyncio.run(_awaited(result))
    if inspect.isgenerator(result):
        result = list(result)
    out["returned"] = norm(result)
    if _is_function(result):  # a function it builds (a key or a filter) runs when used: use it once
        out["returned_call"] = _use(result)
    return out


def _is_function(value: Any) -> bool:
    import functools
    import operator

    return inspect.isfunction(value) or inspect.isbuiltin(value) or isinstance(
        value, (functools.partial, operator.itemgetter, operator.attrgetter, operator.methodcaller))


def _use(fn: Any) -> Any:
    """What a returned function does given a record, then a text: its result or the exception it raises."""
    for arg in ({"name": "report", "id": 1}, "report"):
        try:
            return norm(fn(arg))
        except Exception as e:  # noqa: BLE001 - what it raised is an observation
            last = {"raised": exception(e)}
    return last


async def _awaited(aw: Any) -> Any:
    return await aw


def load(version: dict[str, Any], plan: dict[str, Any], src: Path, n: int) -> types.ModuleType:
    rel = Path(plan["relpath"])
    path = src / rel
    path.write_text(version["text"], encoding="utf-8")
    MODULE_FILE[0] = str(path)
    name = f"{plan['module']}" if n == 0 else f"{plan['module']}__v{n}"
    for key in [k for k in sys.modules if k == plan["module"]]:
        del sys.modules[key]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    MODULE[0] = mod
    return mod


def discover(mod: types.ModuleType, plan: dict[str, Any], world: World) -> None:
    """Files the original reads on benign input, planted so that benign runs read something real."""
    # kinds of content a planted file may hold, tried in turn while the benign call fails
    options: list[str | bytes] = [base64.b64decode(b) for b in plan.get("plant_options", ())]
    tried: list[tuple[str, int]] = []
    for spec in plan["calls"]:
        if spec["role"] != "benign" or spec.get("exit"):  # a run whose processes fail says nothing of the files
            continue
        for _ in range(3 + len(options)):
            world.reset()
            rebase(mod, plan.get("rebase", []), world)
            obs = run_one(mod, plan, spec, world)
            events = obs["events"]
            missing = [e["path"] for e in events if e["kind"] == "open" and "r" in e["mode"] and "+" not in e["mode"]
                       and not os.path.exists(e["path"]) and _under(e["path"], world.base)]
            # a file the code looked for first (`if path.exists()`): one with a suffix or a leading dot is a file
            missing += [e["path"] for e in events if e["kind"] == "stat" and not os.path.exists(e["path"])
                        and _under(e["path"], world.base) and "." in os.path.basename(e["path"])
                        and e["path"] not in missing]
            if not missing and "raised" in obs and any(e["kind"] == "exec" for e in events) and \
                    FAKE_OUTPUT != _NUMBER_OUTPUT and obs["raised"]["type"] == "ValueError":
                # the code parses what the process printed (`wc -l`): a process that prints a number
                _set_output(_NUMBER_OUTPUT)
                continue
            if not missing and "raised" in obs and tried and tried[-1][1] + 1 < len(options):
                # what was planted does not suit the code (JSON where it reads a pickle): the next kind of content
                rel, n = tried.pop()
                world.plants[rel] = options[n + 1]
                tried.append((rel, n + 1))
                continue
            # a C library (lxml, a database driver) opens the file itself: its error names the file
            raised = obs.get("raised") or {}
            if not missing and "OSError" in raised.get("mro", ()):
                missing = [p for name in re.findall(r"'([^'\n]{1,200})'", raised.get("message", ""))
                           if not os.path.exists(p := os.path.join(world.base, name)) and _under(p, world.base)][:1]
            if not missing:
                break
            for p in missing:
                rel = os.path.relpath(p, world.base)
                world.plants[rel] = options[0] if options else plan.get("plant", "content of {rel}\n").replace(
                    "{rel}", rel)
                if options:
                    tried.append((rel, 0))


def _under(path: str, folder: Path) -> bool:
    try:
        Path(os.path.realpath(path)).relative_to(os.path.realpath(folder))
        return True
    except ValueError:
        return False


GROW_LENGTHS = range(12, 31, 2)
GROW_SECONDS = 0.08  # a longer input is not tried once a call takes this long


def _grown(v: Any, text: str) -> Any:
    """v with "{GROW}" replaced by text, inside strings, lists, dicts and base64 bytes."""
    if isinstance(v, str):
        return v.replace("{GROW}", text)
    if isinstance(v, list):
        return [_grown(x, text) for x in v]
    if isinstance(v, dict):
        if v.get("$") == "bytes":
            raw = base64.b64decode(v["b64"]).replace(b"{GROW}", text.encode())
            return {**v, "b64": base64.b64encode(raw).decode()}
        return {k: _grown(x, text) for k, x in v.items()}
    return v


def run_grown(mod: types.ModuleType, plan: dict[str, Any], spec: dict[str, Any], world: World) -> dict[str, Any]:
    """The call with its input longer and longer (spec["grow"] repeated n times): how its time grows with n. The
    last call's observation, with `growth`: [n, seconds] per length tried."""
    growth: list[list[float]] = []
    out: dict[str, Any] = {}
    for n in GROW_LENGTHS:
        world.reset(_payload_files(spec))
        rebase(mod, plan.get("rebase", []), world)
        out = run_one(mod, plan, _grown(spec, spec["grow"] * n), world)
        growth.append([n, out["seconds"]])
        if out["seconds"] >= GROW_SECONDS or "raised" in out and out["raised"]["type"] == "TimeoutError":
            break
    out["growth"] = growth
    return out


def run_one(mod: types.ModuleType, plan: dict[str, Any], spec: dict[str, Any], world: World) -> dict[str, Any]:
    EVENTS.clear()
    out: dict[str, Any] = {}
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CALL_SECONDS)
    FAULT[0], DATA_ROOT[0], DB_HOME[0] = bool(spec.get("fault")), str(world.base), str(world.root / "databases")
    EXIT[0] = int(spec.get("exit", 0))
    os.makedirs(DB_HOME[0], exist_ok=True)
    ARMED[0] = True
    start = time.perf_counter()
    try:
        out.update(call(mod, plan["target"], spec, world))
    except BaseException as e:  # noqa: BLE001 - what the function raised is an observation
        if isinstance(e, (KeyboardInterrupt, SystemExit)) and not isinstance(e, SystemExit):
            raise
        out["raised"] = exception(e)
    finally:
        ARMED[0] = False
        FAULT[0] = False
        signal.alarm(0)
    out["seconds"] = round(time.perf_counter() - start, 4)
    out["events"] = list(EVENTS)
    for path in sorted({e["path"] for e in EVENTS if e["kind"] == "open" and any(m in str(e["mode"]) for m in "wax+")}):
        with contextlib.suppress(OSError, UnicodeDecodeError):
            if os.path.isfile(path) and _under(path, world.root):
                with open(path, encoding="utf-8") as fh:
                    out["events"].append({"kind": "written", "path": path, "text": fh.read(20_000)})
    return out


def main() -> int:
    plan = json.load(sys.stdin)
    real_stdout, sys.stdout = sys.stdout, io.StringIO()  # what the user's code prints is not the result
    sys.setrecursionlimit(3000)
    tmp = Path(plan["tmp"])
    src = tmp / "src"
    world = World(tmp / "world")
    world.plants.update(plan.get("files", {}))  # files the family plants for every call (a document to parse)
    world.reset()
    install_fakes(plan.get("preload", []))
    if plan.get("sign_in"):
        accept_credentials()
    SQL_SETUP[:] = plan.get("sql_setup", [])
    sys.addaudithook(_audit)
    sys.path[:0] = [str(src), str((src / plan["relpath"]).parent)]
    os.environ.setdefault("HOME", str(tmp / "home"))
    for name, value in plan.get("env", {}).items():  # configuration the deployment supplies (probe.configured)
        os.environ.setdefault(name, value)
    results: list[dict[str, Any]] = []
    for n, version in enumerate(plan["versions"]):
        entry: dict[str, Any] = {"name": version["name"], "calls": []}
        results.append(entry)
        world.reset()
        SALTS.clear()
        IVS.clear()
        for name in set(plan["versions"][max(n - 1, 0)].get("env", {})) - set(version.get("env", {})):
            os.environ.pop(name, None)
        os.environ.update(version.get("env", {}))  # a candidate's secret, from the deployment's environment
        try:
            ARMED[0] = False
            mod = load(version, plan, src, n)
            _django_ready()
        except BaseException as e:  # noqa: BLE001
            entry["load_error"] = exception(e)
            continue
        if n == 0 and plan.get("discover"):
            with contextlib.suppress(Exception):
                discover(mod, plan, world)
        for spec in plan["calls"]:
            world.reset(_payload_files(spec))
            rebase(mod, plan.get("rebase", []), world)
            obs = run_grown(mod, plan, spec, world) if spec.get("grow") else run_one(mod, plan, spec, world)
            obs["world"] = str(world.root)
            obs["base"] = str(world.base)
            entry["calls"].append(obs)
    json.dump({"versions": results, "plants": sorted(world.plants)}, real_stdout, default=norm)
    return 0


def _payload_files(spec: dict[str, Any]) -> dict[str, bytes]:
    return {k: base64.b64decode(v) for k, v in (spec.get("files") or {}).items()}


def _django_ready() -> None:
    if "django" not in sys.modules:
        return
    from django.conf import settings

    if not settings.configured:
        # a database of the sandbox's: django's sqlite backend opens it through the recording sqlite3.connect
        home = Path(tempfile.gettempdir()) / "probe-django"
        home.mkdir(exist_ok=True)
        settings.configure(DEBUG=False, ALLOWED_HOSTS=["*"], SECRET_KEY="probe", ROOT_URLCONF=__name__,
                           MIDDLEWARE=[], INSTALLED_APPS=[],
                           DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3",
                                                  "NAME": str(home / "probe.db")}})
    import django

    with contextlib.suppress(Exception):
        django.setup()
    with contextlib.suppress(Exception):
        from django.db.backends import utils

        if not hasattr(utils.CursorWrapper.execute, "__wrapped__"):
            utils.CursorWrapper.execute = _django_recording(utils.CursorWrapper.execute)
            utils.CursorWrapper.executemany = _django_recording(utils.CursorWrapper.executemany, many=True)


def _django_recording(real: Any, many: bool = False) -> Any:
    """django's cursor, recorded with the statement and parameters as the code passed them (%s placeholders)."""
    def execute(self: Any, sql: str, params: Any = None) -> Any:
        if many:
            params = list(params or ())
        record("sql", text=sql, params=norm((params[:1][0] if params else ()) if many else (params or ())))
        if FAULT[0] and ARMED[0]:
            from django.db import OperationalError

            raise OperationalError(f"no such table: {FAULT_TEXT} (/srv/app/{FAULT_TEXT}.db)")
        return real(self, sql, params)
    execute.__wrapped__ = real  # type: ignore[attr-defined]
    return execute


urlpatterns: list[Any] = []

if __name__ == "__main__":
    raise SystemExit(main())
