"""The hard-coded secret codemod, judged by what the rewritten module does: it imports without the variable, reads
the secret when it is used (with a clear error when the variable is missing), never keeps the literal, and takes
the variable's name from the file's own environment variables."""
from __future__ import annotations

import ast
import os
import types
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from aiharden.repair.codemods import propose
from aiharden.repair.edits import apply_edits

LITERAL = "Lit3ral-s3cret-value"
WORDS = st.sampled_from(["orders", "billing", "queue", "notes", "acme", "skycast", "ledger"])
SECRET_WORDS = st.sampled_from(["password", "db_password", "api_key", "signing_key", "auth_token", "client_secret"])
FUNCS = st.sampled_from(["connect", "build_url", "make_client", "sign", "settings_for"])


def _rewrite(source: str, line: int, rule: str = "hardcoded-password") -> str:
    fixes = propose(source, rule, (798,), line, line)
    assert fixes, "no codemod proposed"
    fixed = apply_edits(source, fixes[0].edits)
    ast.parse(fixed)
    assert LITERAL not in fixed
    return fixed


@contextmanager
def _env(**values: str | None) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    try:
        for k, v in values.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _load(source: str) -> types.ModuleType:
    module = types.ModuleType("rewritten")
    exec(compile(source, "rewritten.py", "exec"), module.__dict__)  # noqa: S102 - the test's own fixture code
    return module


def _line(source: str, needle: str) -> int:
    return next(i for i, text in enumerate(source.splitlines(), 1) if needle in text)


@given(prefix=WORDS, secret=SECRET_WORDS, func=FUNCS, quote=st.sampled_from(['"', "'"]))
@settings(max_examples=40, deadline=None)
def test_a_constant_read_by_functions_is_read_when_called(prefix: str, secret: str, func: str, quote: str) -> None:
    const = secret.upper()
    source = (
        "import os\n\n"
        f'HOST = os.environ.get("{prefix.upper()}_HOST", "localhost")\n'
        f"{const} = {quote}{LITERAL}{quote}\n\n\n"
        f"def {func}(user):\n"
        f'    """Docs."""\n'
        f"    return (user, HOST, {const})\n"
    )
    fixed = _rewrite(source, _line(source, LITERAL))
    env_name = f"{prefix.upper()}_{const}"
    with _env(**{env_name: None}):
        module = _load(fixed)  # imports without the variable
        with pytest.raises(RuntimeError, match=env_name):
            getattr(module, func)("ana")
    with _env(**{env_name: "from-env"}):
        assert getattr(module, func)("ana") == ("ana", "localhost", "from-env")


@given(secret=SECRET_WORDS, func=FUNCS, as_bytes=st.booleans(), keyword_only=st.booleans())
@settings(max_examples=40, deadline=None)
def test_a_parameter_defaulting_to_the_secret_reads_it_in_the_body(
    secret: str, func: str, as_bytes: bool, keyword_only: bool
) -> None:
    const = secret.upper()
    value = f'b"{LITERAL}"' if as_bytes else f'"{LITERAL}"'
    star = "*, " if keyword_only else ""
    source = (
        "from __future__ import annotations\n\n"
        f"{const} = {value}\n\n\n"
        f"def {func}(data: str, {star}key: {'bytes' if as_bytes else 'str'} = {const}) -> tuple:\n"
        "    return data, key\n"
    )
    fixed = _rewrite(source, _line(source, LITERAL))
    assert "| None = None" in fixed
    with _env(**{const: None}):
        module = _load(fixed)
        assert getattr(module, func)("x", key="given") == ("x", "given")  # an explicit key is untouched
        with pytest.raises(RuntimeError, match=const):
            getattr(module, func)("x")
    with _env(**{const: "from-env"}):
        assert getattr(module, func)("x") == ("x", b"from-env" if as_bytes else "from-env")


@pytest.mark.parametrize("shape", ["keyword", "dict", "local"])
def test_a_literal_inside_a_function_calls_a_reader_in_place(shape: str) -> None:
    use = {
        "keyword": f'    return dict(user="app", password="{LITERAL}")\n',
        "dict": f'    return {{"user": "app", "password": "{LITERAL}"}}\n',
        "local": f'    password = "{LITERAL}"\n    return {{"user": "app", "password": password}}\n',
    }[shape]
    source = 'import os\n\nTEAM = os.environ.get("LEDGER_TEAM", "ops")\n\n\ndef settings():\n' + use
    fixed = _rewrite(source, _line(source, LITERAL))
    with _env(LEDGER_PASSWORD=None):
        module = _load(fixed)
        with pytest.raises(RuntimeError, match="LEDGER_PASSWORD"):
            module.settings()
    with _env(LEDGER_PASSWORD="pw"):
        assert module.settings() == {"user": "app", "password": "pw"}


def test_a_secret_read_at_import_time_becomes_none_when_unset() -> None:
    source = f'import os\n\nAPI_TOKEN = "{LITERAL}"\nHEADERS = {{"Authorization": API_TOKEN}}\n'
    fixed = _rewrite(source, 3)
    with _env(API_TOKEN=None):
        assert _load(fixed).HEADERS == {"Authorization": None}
    with _env(API_TOKEN="t"):
        assert _load(fixed).HEADERS == {"Authorization": "t"}


def test_a_function_with_its_own_variable_of_that_name_keeps_it() -> None:
    source = (
        f'DB_PASSWORD = "{LITERAL}"\n\n\n'
        "def shadow(DB_PASSWORD):\n    return DB_PASSWORD\n\n\n"
        "def use():\n    return DB_PASSWORD\n"
    )
    fixed = _rewrite(source, 1)
    with _env(DB_PASSWORD="env"):
        module = _load(fixed)
        assert module.shadow("mine") == "mine"
        assert module.use() == "env"


@pytest.mark.parametrize(
    ("reads", "expected"),
    [
        ([], "DB_PASSWORD"),
        (["ORDERS_DB_HOST", "ORDERS_DB_USER"], "ORDERS_DB_PASSWORD"),  # words shared, then the name's own
        (["NOTES_TEAM"], "NOTES_DB_PASSWORD"),
        (["DATABASE_URL"], "DB_PASSWORD"),  # a shared service's variable is no prefix
        (["ACME_HOST", "OTHER_PORT"], "DB_PASSWORD"),  # no common prefix
    ],
)
def test_the_variable_follows_the_files_own_names(reads: list[str], expected: str) -> None:
    lines = "".join(f'{r.lower()} = os.environ.get("{r}")\n' for r in reads)
    source = f'import os\n\n{lines}DB_PASSWORD = "{LITERAL}"\n'
    fixed = _rewrite(source, _line(source, LITERAL))
    assert f'os.environ.get("{expected}")' in fixed
