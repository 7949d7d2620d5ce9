"""Codemods for tokens, sessions, XPath, user regexes and key sizes, judged by what the rewritten module does:
forged tokens and injected XPath are refused, the file's own round trips and benign lookups keep working, whatever
the functions and values are called."""
from __future__ import annotations

import re
import types

import jwt
import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from lxml import etree

from aiharden.repair.codemods import propose
from aiharden.repair.codemods import vetoed
from aiharden.repair.edits import apply_edits

NAMES = st.sampled_from(["token", "raw", "bearer", "value", "credential"])
FUNCS = st.sampled_from(["user_of", "_claims", "current_subject", "who"])
KEYS = st.sampled_from(['os.environ["APP_KEY"]', "signing_key()", "KEY_MATERIAL", 'settings["jwt"]'])


def _rewrite(source: str, rule: str, cwe: tuple[int, ...], line: int, name: str | None = None) -> str:
    fixes = propose(source, rule, cwe, line, line)
    assert fixes, f"no candidate for {rule}"
    if name is not None:
        fixes = [f for f in fixes if f.name == name]
        assert fixes
    return apply_edits(source, fixes[0].edits)


def _load(source: str) -> types.ModuleType:
    module = types.ModuleType("probe_module")
    exec(compile(source, "probe_module.py", "exec"), module.__dict__)  # noqa: S102 - the test's own source
    return module


def _line(source: str, needle: str) -> int:
    return next(n for n, text in enumerate(source.splitlines(), 1) if needle in text)


def _jwt_source(fn: str, param: str, key: str, decode: str) -> str:
    return (
        "import os\nimport jwt\n\n"
        'KEY_MATERIAL = "k" * 32\n'
        'settings = {"jwt": "s" * 32}\n'
        'os.environ.setdefault("APP_KEY", "e" * 32)\n\n\n'
        "def signing_key() -> str:\n    return \"f\" * 32\n\n\n"
        "def issue(subject: str) -> str:\n"
        f'    return jwt.encode({{"sub": subject}}, {key}, algorithm="HS256")\n\n\n'
        f"def {fn}({param}: str) -> str:\n"
        f"    claims = {decode.format(p=param)}\n"
        '    return claims["sub"]\n'
    )


DECODES = st.sampled_from([
    'jwt.decode({p}, options={{"verify_signature": False}})',
    'jwt.decode({p}, options={{"verify_signature": False, "verify_exp": True}})',
    'jwt.decode({p}, algorithms=[jwt.get_unverified_header({p})["alg"]], options={{"verify_signature": False}})',
])


@given(fn=FUNCS, param=NAMES, key=KEYS, decode=DECODES)
@settings(max_examples=20, deadline=None)
def test_a_decode_without_verification_checks_the_key_the_file_signs_with(fn: str, param: str, key: str,
                                                                          decode: str) -> None:
    source = _jwt_source(fn, param, key, decode)
    rule = "jwt-verification-off"
    fixed = _rewrite(source, rule, (347,), _line(source, "claims = jwt.decode"))
    module = _load(fixed)
    assert getattr(module, fn)(module.issue("alice")) == "alice"
    forged = jwt.encode({"sub": "admin"}, "attacker-key-of-32-bytes-or-more!", algorithm="HS256")
    with pytest.raises(jwt.InvalidSignatureError):
        getattr(module, fn)(forged)
    unsigned = jwt.encode({"sub": "admin"}, None, algorithm="none")
    with pytest.raises(jwt.InvalidTokenError):
        getattr(module, fn)(unsigned)


def test_an_algorithm_taken_from_the_token_is_pinned_to_the_one_the_file_issues() -> None:
    source = (
        "import jwt\n\nSECRET = 'x' * 32\n\n\n"
        "def issue(uid):\n    return jwt.encode({'sub': uid}, SECRET, algorithm='HS384')\n\n\n"
        "def check(tok):\n"
        "    alg = jwt.get_unverified_header(tok)['alg']\n"
        "    return jwt.decode(tok, SECRET, algorithms=[alg], options={'verify_signature': alg != 'none'})\n"
    )
    fixed = _rewrite(source, "jwt-algorithm-from-token", (347,), _line(source, "return jwt.decode"))
    assert "algorithms=['HS384']" in fixed and "verify_signature" not in fixed
    module = _load(fixed)
    assert module.check(module.issue("bob"))["sub"] == "bob"
    with pytest.raises(jwt.InvalidTokenError):
        module.check(jwt.encode({"sub": "admin"}, None, algorithm="none"))


def test_without_a_jwt_encode_in_the_file_the_key_is_unknown_and_nothing_is_proposed() -> None:
    source = "import jwt\n\n\ndef peek(t):\n    return jwt.decode(t, options={'verify_signature': False})\n"
    assert not [f for f in propose(source, "jwt-verification-off", (347,), 5, 5) if f.name == "jwt-verify-signature"]


@settings(max_examples=15, deadline=None)
@given(name=NAMES, func=FUNCS, algorithm=st.sampled_from(["HS256", "HS384", "HS512"]),
       options=st.sampled_from(['options={"verify_signature": False}', 'options={"verify_signature": False, '
                                '"verify_aud": False}', "verify=False"]))
def test_a_decode_naming_its_own_key_and_algorithms_stops_skipping_the_check(name: str, func: str, algorithm: str,
                                                                             options: str) -> None:
    source = (f"import jwt\n\nSIGNING = 'k' * 64\n\n\ndef {func}({name}):\n"
              f"    claims = jwt.decode({name}, SIGNING, algorithms=[{algorithm!r}], {options})\n"
              f"    return claims['sub']\n")
    module = _load(_rewrite(source, "jwt-verification-off", (347,), 7, "jwt-verify-signature"))
    check = getattr(module, func)
    assert check(jwt.encode({"sub": "alice"}, "k" * 64, algorithm=algorithm)) == "alice"
    with pytest.raises(jwt.InvalidTokenError):
        check(jwt.encode({"sub": "admin"}, "x" * 64, algorithm=algorithm))
    with pytest.raises(jwt.InvalidTokenError):
        check(jwt.encode({"sub": "admin"}, None, algorithm="none"))


def test_a_decode_whose_algorithms_allow_none_or_are_not_literal_gets_no_guess() -> None:
    for algorithms in ('["HS256", "none"]', "ALGS"):
        source = ("import jwt\n\nALGS = ['HS256']\n\n\ndef peek(t):\n"
                  f"    return jwt.decode(t, 'k' * 32, algorithms={algorithms}, options={{'verify_signature': False}})\n")
        assert not [f for f in propose(source, "jwt-verification-off", (347,), 7, 7) if f.name == "jwt-verify-signature"]


DOC = b"""<users><user><name>alice</name><password>s3cret</password><role>admin</role></user>
<user><name>bob</name><password>hunter2</password><role>staff</role></user></users>"""
QUERY_STYLES = st.sampled_from([
    "    return tree.xpath(f\"//user[name/text()='{{{u}}}' and password/text()='{{{p}}}']/role/text()\")\n",
    "    expr = f\"//user[name/text()='{{{u}}}' and password/text()='{{{p}}}']/role/text()\"\n"
    "    return tree.xpath(expr)\n",
    "    query = f'//user[name/text()=\"{{{u}.strip()}}\" and password/text()=\"{{{p}}}\"]/role/text()'\n"
    "    found = tree.xpath(query)\n    return found\n",
    # built before the try whose block runs it
    "    query = f\"//user[name/text()='{{{u}}}' and password/text()='{{{p}}}']/role/text()\"\n"
    "    try:\n        return tree.xpath(query)\n    except ValueError:\n        return []\n",
])


@given(u=st.sampled_from(["username", "login", "who", "u"]), p=st.sampled_from(["password", "secret", "pw"]),
       style=QUERY_STYLES)
@settings(max_examples=20, deadline=None)
def test_an_xpath_built_with_an_f_string_takes_variables(u: str, p: str, style: str) -> None:
    source = f"def role(tree, {u}, {p}):\n" + style.format(u=u, p=p)
    fixed = _rewrite(source, "xpath-built-query", (643,), _line(source, "xpath("))
    module = _load(fixed)
    tree = etree.fromstring(DOC)
    assert [str(r) for r in module.role(tree, "alice", "s3cret")] == ["admin"]
    assert module.role(tree, "bob", "wrong") == []
    assert module.role(tree, "x' or '1'='1", "x' or '1'='1") == []
    assert module.role(tree, 'x" or "1"="1', 'x" or "1"="1') == []


TEMPLATES = st.sampled_from([
    # a class constant formatted in the method, held in a local or not
    "class Users:\n    {c} = \"//user[name/text()='{{who}}' and password/text()='{{pw}}']/role/text()\"\n\n"
    "    def role(self, tree, {u}, {p}):\n        q = self.{c}.format(who={u}, pw={p})\n        return tree.xpath(q)\n",
    "{c} = \"//user[name/text()='{{who}}' and password/text()='{{pw}}']/role/text()\"\n\n\nclass Users:\n"
    "    def role(self, tree, {u}, {p}):\n        return tree.xpath({c}.format(pw={p}, who={u}))\n",
])


@given(u=st.sampled_from(["username", "login"]), p=st.sampled_from(["password", "secret"]),
       c=st.sampled_from(["ROLE_QUERY", "Q"]), style=TEMPLATES)
@settings(max_examples=10, deadline=None)
def test_an_xpath_template_constant_formatted_at_the_call_takes_variables(u: str, p: str, c: str, style: str) -> None:
    source = style.format(u=u, p=p, c=c)
    fixed = _rewrite(source, "xpath-built-query", (643,), _line(source, "xpath("))
    assert ".format(" not in fixed
    users = _load(fixed).Users()
    tree = etree.fromstring(DOC)
    assert [str(r) for r in users.role(tree, "alice", "s3cret")] == ["admin"]
    assert users.role(tree, "x' or '1'='1", "x' or '1'='1") == []


def test_a_name_assigned_again_after_the_f_string_is_left_alone() -> None:
    source = ("def find(tree, name):\n    q = f\"//u[@n='{name}']\"\n    q = q + extra(name)\n"
              "    try:\n        return tree.xpath(q)\n    except ValueError:\n        return []\n")
    assert not [f for f in propose(source, "xpath-built-query", (643,), 6, 6) if f.name == "xpath-variables"]


def test_a_value_inside_a_longer_literal_is_not_turned_into_a_variable() -> None:
    source = "def find(tree, prefix):\n    return tree.xpath(f\"//item[starts-with(@sku, 'A-{prefix}')]\")\n"
    assert not [f for f in propose(source, "xpath-built-query", (643,), 2, 2) if f.name == "xpath-variables"]


@pytest.mark.parametrize("call, expected", [
    ('resp.set_cookie("sid", sid, max_age=60)', 'resp.set_cookie("sid", sid, max_age=60, secure=True, httponly=True, samesite="Lax")'),
    ("r.set_cookie(NAME, value=token, httponly=False, samesite=None)",
     'r.set_cookie(NAME, value=token, httponly=True, samesite="Lax", secure=True)'),
])
def test_cookies_get_secure_httponly_and_samesite(call: str, expected: str) -> None:
    source = f"def remember(resp, r, sid, token, NAME='n'):\n    {call}\n"
    fixed = _rewrite(source, "cookie-without-flags", (614, 1004), 2)
    assert fixed.splitlines()[1].strip() == expected


def test_a_cookie_call_that_forwards_keyword_arguments_is_left_alone() -> None:
    source = "def set_it(resp, v, **opts):\n    resp.set_cookie('a', v, **opts)\n"
    assert propose(source, "cookie-without-flags", (614,), 2, 2) == []


@pytest.mark.parametrize("body", [
    "    return presented == expected\n",
    "    if expected != presented:\n        return False\n    return True\n",
])
def test_secrets_are_compared_in_constant_time_with_the_same_answers(body: str) -> None:
    source = "import os\n\n\ndef valid(presented):\n    expected = os.environ.get('T', 'tok')\n" + body
    line = next(n for n, text in enumerate(source.splitlines(), 1) if " == " in text or " != " in text)
    fixed = _rewrite(source, "secret-compared-with-equals", (208,), line)
    assert "hmac.compare_digest(" in fixed and "import hmac" in fixed
    module = _load(fixed)
    assert module.valid("tok") is True and module.valid("nope") is False


def test_a_csrf_exemption_is_removed_and_the_view_kept() -> None:
    source = ("from django.views.decorators.csrf import csrf_exempt\n\n\n@csrf_exempt\n"
              "def change_email(request):\n    return 'ok'\n")
    fixed = _rewrite(source, "csrf-exempt-view", (352,), 4)
    assert "@csrf_exempt" not in fixed and "def change_email(request):" in fixed


@pytest.mark.parametrize("line", [
    "    return re.search(term, text) is not None\n",
    "    return re.compile(rf'\\b{term}\\b' if whole else term).search(text) is not None\n",
])
def test_a_callers_value_is_matched_as_text(line: str) -> None:
    source = "import re\n\n\ndef found(term, text, whole=False):\n" + line
    fixed = _rewrite(source, "regex-from-input", (1333,), 5)
    module = _load(fixed)
    assert module.found("a.c", "xa.cx") and not module.found("a.c", "abc")
    assert not module.found("(a+)+$", "a" * 40 + "!")


def test_small_keys_and_curves_become_current_sizes() -> None:
    source = ("from cryptography.hazmat.primitives.asymmetric import ec, rsa\n\n\n"
              "def keys():\n    return rsa.generate_private_key(65537, 1024), ec.generate_private_key(ec.SECP192R1())\n")
    fixed = _rewrite(source, "B505", (326,), 5)
    assert re.search(r"generate_private_key\(65537, 3072\)", fixed) and "ec.SECP256R1()" in fixed
    rsa_key, ec_key = _load(fixed).keys()
    assert rsa_key.key_size == 3072 and ec_key.curve.key_size == 256


@pytest.mark.parametrize("constant", ["KEY_BITS", "_SIGNING_SIZE", "bits"])
def test_a_key_size_held_in_a_module_constant_is_raised_where_it_is_set(constant: str) -> None:
    source = (f"from cryptography.hazmat.primitives.asymmetric import rsa\n\n{constant} = 1024\n\n\n"
              f"def signer():\n    return rsa.generate_private_key(public_exponent=65537, key_size={constant})\n")
    fixed = _rewrite(source, "weak-key-size", (326,), 7)
    assert f"{constant} = 3072" in fixed
    assert _load(fixed).signer().key_size == 3072


def test_autoescape_is_not_turned_on_where_the_file_renders_html_it_builds() -> None:
    builds = ("from jinja2 import Environment\nimport re\n\n"
              "env = Environment(autoescape=False)\nPAGE = env.from_string('<p>{{ body }}</p>')\n"
              "RULES = [(re.compile(r'\\*\\*(.+?)\\*\\*'), r'<b>\\1</b>')]\n\n\n"
              "def inline(text):\n    for pattern, repl in RULES:\n        text = pattern.sub(repl, text)\n"
              "    return text\n\n\n"
              "def page(source):\n    body = inline(source)\n    return PAGE.render(body=body)\n")
    assert propose(builds, "jinja2-autoescape-false", (79,), 4, 4) == []
    assert vetoed("jinja2-autoescape-false", builds)  # the rule's own one-line fix is not offered either
    plain = builds.replace("    body = inline(source)\n", "    body = source\n")
    assert [f.name for f in propose(plain, "jinja2-autoescape-false", (79,), 4, 4)] == ["jinja2-autoescape"]
    assert not vetoed("jinja2-autoescape-false", plain)


@pytest.mark.parametrize("annotation", ["str", "str | None", "Optional[str]"])
def test_text_compared_in_constant_time_is_compared_as_bytes(annotation: str) -> None:
    source = ("import hmac\nfrom typing import Optional\n\n\n"
              f"def key_is_valid(presented: {annotation}, expected: str) -> bool:\n"
              "    return presented == expected\n")
    module = _load(_rewrite(source, "secret-compared-in-helper", (208,), 6, "compare-digest"))
    assert module.key_is_valid("k-0123456789", "k-0123456789")
    assert not module.key_is_valid("clé", "k-0123456789")  # beyond ASCII: False, not TypeError
