"""The password codemod, judged by what the rewritten module does: a stored value is salted and slow, the file's
own comparisons still accept the right password and refuse a wrong one, whatever the functions are called and
however the comparison is written."""
from __future__ import annotations

import ast
import types

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from aiharden.repair.codemods import propose
from aiharden.repair.edits import apply_edits

HASHERS = st.sampled_from(["make_digest", "stored_form", "hash_pw", "_encode_secret", "fingerprint"])
CHECKERS = st.sampled_from(["check", "is_valid", "_login_ok", "verify_secret"])
PARAMS = st.sampled_from(["pw", "plain", "passphrase", "value", "text"])
ALGOS = st.sampled_from(["md5", "sha1", "sha256", "sha512"])
COMPARISONS = st.sampled_from([
    "return {h}({p}) == stored",
    "return stored == {h}({p})",
    "return hmac.compare_digest({h}({p}), stored)",
    "candidate = {h}({p})\n    return candidate == stored",
    "if {h}({p}) != stored:\n        return False\n    return True",
])


def _source(h: str, c: str, p: str, algo: str, comparison: str, pepper: bool) -> str:
    material = f'(PEPPER + {p}).encode("utf-8")' if pepper else f'{p}.encode("utf-8")'
    return (
        "import hashlib\nimport hmac\n\n"
        + ('PEPPER = "fixed-"\n\n' if pepper else "")
        + f"\ndef {h}({p}: str) -> str:\n"
        + '    """Docs."""\n'
        + f"    return hashlib.{algo}({material}).hexdigest()\n\n\n"
        + f"def {c}({p}: str, stored: str) -> bool:\n"
        + "    " + comparison.format(h=h, p=p) + "\n"
    )


def _rewrite(source: str, rule: str = "password-fast-hash") -> str:
    line = next(i for i, text in enumerate(source.splitlines(), 1) if ".hexdigest()" in text)
    fixes = [f for f in propose(source, rule, (916,), line, line) if f.name == "password-kdf"]
    assert fixes, "no password-kdf candidate"
    fixed = apply_edits(source, fixes[0].edits)
    ast.parse(fixed)
    return fixed


def _load(source: str) -> types.ModuleType:
    module = types.ModuleType("rewritten")
    exec(compile(source, "rewritten.py", "exec"), module.__dict__)  # noqa: S102 - the test's own fixture code
    return module


@given(h=HASHERS, c=CHECKERS, p=PARAMS, algo=ALGOS, comparison=COMPARISONS, pepper=st.booleans())
@settings(max_examples=25, deadline=None)
def test_stored_values_are_salted_and_the_files_own_check_still_works(
    h: str, c: str, p: str, algo: str, comparison: str, pepper: bool
) -> None:
    source = _source(h, c, p, algo, comparison, pepper)
    before, after = _load(source), _load(_rewrite(source))
    first, second = getattr(after, h)("hunter2"), getattr(after, h)("hunter2")
    assert first != second and first.startswith("scrypt$")  # a random salt, kept in the value
    check = getattr(after, c)
    assert check("hunter2", first) and check("hunter2", second)
    assert not check("hunter3", first)
    assert not check("hunter2", getattr(before, h)("hunter2"))  # an old fast digest no longer matches


def test_a_digest_nothing_in_the_file_compares_is_left_alone() -> None:
    source = 'import hashlib\n\n\ndef etag(body: str) -> str:\n    return hashlib.md5(body.encode()).hexdigest()\n'
    line = 5
    assert not [f for f in propose(source, "md5-hash", (328,), line, line) if f.name == "password-kdf"]


def test_a_stored_value_that_is_not_scrypt_is_refused_not_an_error() -> None:
    source = _source("digest", "check", "pw", "sha256", "return digest(pw) == stored", False)
    after = _load(_rewrite(source))
    for stored in ["", "scrypt$x", "scrypt$1$8$1$zz$zz", "bcrypt$whatever", "scrypt$16384$8$1$00$" + "0" * 64]:
        assert after.check("pw", stored) is False


@pytest.mark.parametrize("rule", ["password-fast-hash", "md5-hash", "B324"])
def test_offered_for_the_password_and_the_weak_hash_rules(rule: str) -> None:
    source = _source("digest", "check", "pw", "md5", "return digest(pw) == stored", False)
    assert "scrypt" in _rewrite(source, rule)


@given(secret=st.sampled_from(["pw", "word", "value", "phrase"]), salt=st.sampled_from(["s", "nonce", "pepper_x", "k"]),
       salt_first=st.booleans(), draw=st.sampled_from(["os.urandom(16).hex()", "secrets.token_hex(8)"]))
@settings(max_examples=20, deadline=None)
def test_the_salt_is_the_operand_the_file_draws_at_random_whatever_its_name(
    secret: str, salt: str, salt_first: bool, draw: str
) -> None:
    joined = f"({salt} + {secret})" if salt_first else f"({secret} + {salt})"
    source = (
        "import hashlib\nimport os\nimport secrets\n\n\n"
        f"def store({secret}: str) -> tuple:\n"
        f"    {salt} = {draw}\n"
        f"    return {salt}, hashlib.sha1({joined}.encode()).hexdigest()\n\n\n"
        f"def check({secret}: str, {salt}: str, stored: str) -> bool:\n"
        f"    return hashlib.sha1({joined}.encode()).hexdigest() == stored\n"
    )
    edits = []
    for line in (8, 12):  # the writer and the checker: each line is a finding of its own
        fixes = [f for f in propose(source, "password-fast-hash", (916,), line, line)
                 if f.name == "password-hash-to-pbkdf2"]
        assert fixes
        edits += fixes[0].edits
    fixed = apply_edits(source, edits)
    assert "sha1(" not in fixed
    assert " ".join(fixed.split()).count(f'"sha256", {secret}.encode(), {salt}.encode(), 600_000') == 2
    module = _load(fixed)
    drawn, stored = module.store("hunter2")
    assert module.check("hunter2", drawn, stored) and not module.check("hunter3", drawn, stored)


def test_without_a_random_operand_there_is_no_salt_to_keep() -> None:
    source = "import hashlib\n\n\ndef h(a: str, b: str) -> str:\n    return hashlib.sha1(a + b).hexdigest()\n"
    assert not [f for f in propose(source, "password-fast-hash", (916,), 5, 5) if f.name == "password-hash-to-pbkdf2"]


SALTS = st.sampled_from(['b"static-app-salt"', "SALT", 'APP_SALT.encode()', 'bytes.fromhex("00112233445566778899")'])
HELD = st.sampled_from([
    "    return hashlib.pbkdf2_hmac({alg!r}, {p}.encode('utf-8'), {salt}, 1000).hex()\n",
    "    derived = hashlib.pbkdf2_hmac({alg!r}, {p}.encode('utf-8'), {salt}, 1000)\n    return derived.hex()\n",
    "    digest = hashlib.sha256({salt} + {p}.encode())\n    return digest.hexdigest()\n",
    "    derived = hashlib.pbkdf2_hmac({alg!r}, {p}.encode('utf-8'), {salt}, 1000)\n"
    "    return base64.b64encode(derived).decode('ascii')\n",
    "    return binascii.hexlify(hashlib.pbkdf2_hmac({alg!r}, {p}.encode(), {salt}, 1000)).decode()\n",
])


@given(h=HASHERS, c=CHECKERS, p=PARAMS, salt=SALTS, held=HELD, alg=st.sampled_from(["sha256", "sha512"]),
       comparison=COMPARISONS)
@settings(max_examples=25, deadline=None)
def test_a_constant_salt_or_a_held_digest_becomes_a_salted_slow_hash(h: str, c: str, p: str, salt: str, held: str,
                                                                   alg: str, comparison: str) -> None:
    body = held.format(alg=alg, p=p, salt=salt)
    source = ("import base64\nimport binascii\nimport hashlib\nimport hmac\n\nSALT = b'pepper-and-salt'\n"
              "APP_SALT = 'app'\n\n"
              f"\ndef {h}({p}: str) -> str:\n" + '    """Docs."""\n' + body + "\n\n"
              f"def {c}({p}: str, stored: str) -> bool:\n    " + comparison.format(h=h, p=p) + "\n")
    line = next(i for i, text in enumerate(source.splitlines(), 1) if "hashlib." in text and "import" not in text)
    fixes = [f for f in propose(source, "fixed-iv-or-salt", (760,), line, line) if f.name == "password-kdf"]
    assert fixes, source
    module = _load(apply_edits(source, fixes[0].edits))
    first, second = getattr(module, h)("s3cret!"), getattr(module, h)("s3cret!")
    assert first != second and first.startswith("scrypt$")  # salted: the same password, two values
    assert getattr(module, c)("s3cret!", first) and not getattr(module, c)("wrong", first)


def test_a_digest_used_twice_is_left_alone() -> None:
    source = ("import hashlib\n\nSALT = b'x'\n\n\ndef h(pw):\n    d = hashlib.pbkdf2_hmac('sha256', pw.encode(), SALT, 10)\n"
              "    print(d)\n    return d.hex()\n\n\ndef check(pw, stored):\n    return h(pw) == stored\n")
    assert not [f for f in propose(source, "fixed-iv-or-salt", (760,), 7, 7) if f.name == "password-kdf"]


INLINE = '''\
import hashlib


class {cls}:
    def __init__(self) -> None:
        self.{table}: dict[str, str] = {{}}

    def add(self, name: str, {pw}: str) -> None:
        self.{table}[name] = hashlib.{alg}({pw}.encode("utf-8")).hexdigest()

    def ok(self, name: str, {pw}: str) -> bool:
        known = self.{table}.get(name)
        return known is not None and hashlib.{alg}({pw}.encode("utf-8")).hexdigest() {op} known
'''


@given(cls=st.sampled_from(["Accounts", "UserStore"]), table=st.sampled_from(["users", "_hashes"]),
       pw=st.sampled_from(["password", "secret_text", "pw"]), alg=st.sampled_from(["sha1", "md5", "sha256"]),
       op=st.sampled_from(["==", "!="]))
@settings(max_examples=12, deadline=None)
def test_a_digest_stored_in_one_method_and_compared_in_another_becomes_scrypt_in_both(
        cls: str, table: str, pw: str, alg: str, op: str) -> None:
    source = INLINE.format(cls=cls, table=table, pw=pw, alg=alg, op=op)
    line = source.splitlines().index(f"        self.{table}[name] = hashlib.{alg}({pw}.encode(\"utf-8\")).hexdigest()") + 1
    fixes = {f.name: f for f in propose(source, "password-fast-hash", (916,), line, line)}
    fixed = apply_edits(source, fixes["password-kdf"].edits)
    assert f"hashlib.{alg}(" not in fixed
    module = types.ModuleType("inline_case")
    exec(compile(fixed, "<inline_case>", "exec"), module.__dict__)  # noqa: S102 - the code under test
    store = getattr(module, cls)()
    store.add("ann", "correct horse")
    stored = getattr(store, table)["ann"]
    assert stored.startswith("scrypt$")
    store.add("bob", "correct horse")
    assert getattr(store, table)["bob"] != stored  # salted
    right, wrong = store.ok("ann", "correct horse"), store.ok("ann", "wrong")
    assert (right, wrong) == ((True, False) if op == "==" else (False, True))
