"""Weak hashes (CWE-327, 328, 916, 759, 760): every hashlib call is recorded. For a password (a CWE-916/759/760
finding in the function, or a parameter named for a password) a value computed with fast hashes only, a key
derivation given a salt an earlier call already used (a constant), or the same value for the same password twice
(no salt), is the exploit; for other data an MD5 or SHA-1 digest is. A stronger hash changes the value by
design: benign runs must keep its type and form (a password's value may become a self-describing slow hash,
`scrypt$n$r$p$salt$key`), and the project's tests judge the round trip."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events
from aiharden.probe.family import outcome

PASSWORD_CWES = frozenset({916, 759, 760, 261})
# what a parameter that holds a password or a key is called in any codebase: the same words the rules use
_PASSWORD_PARAM = re.compile(r"passw|pwd|passphrase", re.I)
_KEY_PARAM = re.compile(r"secret|(^|_)key$|signing|hmac", re.I)
SLOW = {"pbkdf2_hmac", "scrypt", "bcrypt", "argon2", "hashpw", "kdf"}
WEAK = {"md5", "sha1", "md4", "md2"}


def _form(v: Any) -> str:
    if isinstance(v, str):
        return "hex" if re.fullmatch(r"[0-9a-f]+", v) else "text"
    if isinstance(v, dict) and "bytes" in v:
        return "bytes"
    return type(v).__name__


def _self_describing(v: Any) -> bool:
    """A stored password value that names its scheme and carries its salt and cost: scrypt$..., pbkdf2_sha256$...,
    $2b$... (bcrypt), $argon2id$..."""
    return isinstance(v, str) and bool(re.match(r"\$?(scrypt|pbkdf2[\w-]*|argon2\w*|2[aby])\$", v))


def _password(ctx: Context) -> bool:
    return bool(ctx.cwes & PASSWORD_CWES) or any(_PASSWORD_PARAM.search(p.name) for p in ctx.target.params)


class Hashing(Family):
    name = "hash"
    cwes = frozenset({327, 328, 916, 759, 760})
    sink = "the digest"
    compare_returns = False
    benign_text = ("correct horse battery staple", "correct horse battery staple")

    def hostile(self, ctx: Context) -> list[Hostile]:
        return []

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        names = [str(e["name"]).lower().replace("-", "") for e in events(obs, "hash")]
        if not names:
            return ""
        if _password(ctx):
            if not any(n in SLOW for n in names):
                return f"the password is stored with {names[0]} alone (fast, no key stretching)"
            # a salt the caller passes in (`hash_password(pw, salt)`, as a verifier does) may repeat by design
            given = any(p.name.lower().startswith("salt") for p in ctx.target.params)
            if not given and (repeated := [e["name"] for e in events(obs, "hash") if e.get("salt_repeated")]):
                return f"{repeated[0]} gets the same salt for every password (one table cracks them all)"
            return ""
        if weak := [n for n in names if n in WEAK]:
            return f"the digest is computed with {weak[0]}"
        if any(_KEY_PARAM.search(p.name) for p in ctx.target.params) and not events(obs, "hmac"):
            return f"a secret and the data are hashed together with {names[0]}, not an HMAC (length extension)"
        return ""

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        for o, c in zip(orig, cand):
            if ("raised" in o) != ("raised" in c):
                return f"{outcome(c)} where the original {outcome(o)}"
            a, b = _form(o.get("returned")), _form(c.get("returned"))
            if a != b and not (_password(ctx) and a in ("hex", "text") and _self_describing(c.get("returned"))):
                return f"returns a {b} value where the original returned a {a} value"
        if _password(ctx) and len(cand) >= 2 and "raised" not in cand[0] and _a_value(cand[0].get("returned")) and \
                cand[0].get("returned") == cand[1].get("returned") and \
                not any(p.name.lower().startswith("salt") for p in ctx.target.params):
            return "the same password gives the same stored value twice (no salt)"
        return ""


def _a_value(returned: Any) -> bool:
    """A stored value can be compared: text or bytes (None, a flag or a count says nothing of the salt)."""
    return isinstance(returned, str) or isinstance(returned, dict) and set(returned) == {"bytes"}
