"""Weak ciphers, ECB and fixed IVs (CWE-327, 329, 1204) to authenticated encryption with a versioned format.

The cipher object the code builds — `Cipher(algorithms.AES(key), modes.ECB())`, `Cipher(TripleDES(key), ...)`,
`Cipher(algorithms.AES(key), modes.CBC(FIXED_IV))`, PyCryptodome's `AES.new(key, AES.MODE_ECB)` — becomes
`_AesGcm(key)`, a class added to the file once that keeps the API the code already uses (`encryptor()` /
`decryptor()` with `update()` + `finalize()`, or `encrypt()` / `decrypt()`): each message gets a random 96-bit
nonce and an authentication tag, stored as the marker `GCM1` + nonce + ciphertext + tag, so equal plaintexts no
longer give equal ciphertexts and tampering is detected. Text encrypted before the change is refused with a
ValueError that says so (decrypt it with the old code and encrypt it again). Padding the code adds is kept: it
is encrypted and removed again like any other bytes. A key that is not 16, 24 or 32 bytes long (a DES key) is
hashed to 32 bytes; its strength stays that of the key, so the message says to rotate it.
"""
from __future__ import annotations

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.edits import Edit

HELPER = "_AesGcm"
AEAD = "cryptography.hazmat.primitives.ciphers.aead"
HELPER_SOURCE = f'''class {HELPER}:
    """AES-GCM in place of the block cipher mode: a random 96-bit nonce and an authentication tag per message,
    stored as the 4-byte format marker GCM1 + nonce + ciphertext + tag (32 bytes more than the plaintext, so
    padded data stays a whole number of 16-byte blocks). Ciphertext made before this format is refused."""

    VERSION = b"GCM1"

    class _Whole:
        def __init__(self, seal):
            self._seal, self._parts = seal, []

        def update(self, data):
            self._parts.append(bytes(data))
            return b""

        def finalize(self):
            return self._seal(b"".join(self._parts))

    def __init__(self, key):
        key = bytes(key)
        if len(key) not in (16, 24, 32):
            key = hashlib.sha256(key).digest()
        self._aead = {AEAD}.AESGCM(key)

    def encrypt(self, data):
        nonce = os.urandom(12)
        return self.VERSION + nonce + self._aead.encrypt(nonce, bytes(data), None)

    def decrypt(self, blob):
        blob = bytes(blob)
        if blob[:4] != self.VERSION or len(blob) < 32:
            raise ValueError("not AES-GCM ciphertext of format GCM1: text encrypted before must be re-encrypted")
        try:
            return self._aead.decrypt(blob[4:16], blob[16:], None)
        except cryptography.exceptions.InvalidTag:
            raise ValueError("the ciphertext was altered or the key is wrong") from None

    def encryptor(self):
        return self._Whole(self.encrypt)

    def decryptor(self):
        return self._Whole(self.decrypt)'''
IMPORTS = ("os", "hashlib", AEAD, "cryptography.exceptions")

_WEAK_ALGORITHMS = frozenset({"TripleDES", "Blowfish", "CAST5", "IDEA", "DES", "DES3", "ARC2", "CAST"})
_BLOCK_ALGORITHMS = _WEAK_ALGORITHMS | {"AES", "Camellia", "SM4"}
_IV_MODES = frozenset({"CBC", "CFB", "OFB", "CTR", "CFB8", "MODE_CBC", "MODE_CFB", "MODE_OFB", "MODE_CTR"})


def _constant(ctx: Context, expr: cst.BaseExpression | None) -> bool:
    """A value that is the same at every call: a bytes literal, an UPPER_CASE name, bytes(n), b"..." * n."""
    if expr is None:
        return False
    code = ctx.code(expr)
    return isinstance(expr, (cst.SimpleString, cst.ConcatenatedString)) or code.split(".")[-1].isupper() or \
        code.startswith(("bytes(", "bytes.fromhex(", "b\"", "b'"))


def _weak_key(ctx: Context, call: cst.Call, iv_param: bool = False) -> cst.BaseExpression | None:
    """The key of a cipher the code builds that leaks or repeats: a weak algorithm, the ECB mode, or an IV that is
    a constant (or, in a helper whose callers pass a constant, the helper's parameter); None for anything else."""
    name = ctx.qualname(call.func) or ""
    pos = calls.positional(call)
    key: cst.BaseExpression | None
    if name.rsplit(".", 1)[-1] == "Cipher":  # cryptography: Cipher(ALGORITHM(key), modes.MODE(iv))
        algorithm = pos[0].value if pos else getattr(calls.kwarg(call, "algorithm"), "value", None)
        mode_call = pos[1].value if len(pos) > 1 else getattr(calls.kwarg(call, "mode"), "value", None)
        if not isinstance(algorithm, cst.Call) or not isinstance(mode_call, cst.Call) or len(algorithm.args) != 1:
            return None
        algo = (ctx.qualname(algorithm.func) or "").rsplit(".", 1)[-1]
        mode = (ctx.qualname(mode_call.func) or "").rsplit(".", 1)[-1]
        iv = mode_call.args[0].value if mode_call.args else None
        key = algorithm.args[0].value
    elif name.endswith(".new") and len(name.split(".")) > 1 and name.split(".")[-2] in ("AES", "DES", "DES3",
                                                                                       "Blowfish"):
        algo = name.split(".")[-2]
        mode_arg = pos[1].value if len(pos) > 1 else getattr(calls.kwarg(call, "mode"), "value", None)
        mode = ctx.code(mode_arg).rsplit(".", 1)[-1] if mode_arg is not None else ""
        iv = pos[2].value if len(pos) > 2 else getattr(calls.kwarg(call, "iv") or calls.kwarg(call, "nonce"),
                                                        "value", None)
        key = pos[0].value if pos else None
        if key is None or len(call.args) > 3:
            return None
    else:
        return None
    if algo not in _BLOCK_ALGORITHMS:
        return None
    if algo in _WEAK_ALGORITHMS or mode in ("ECB", "MODE_ECB"):
        return key
    if mode in _IV_MODES and (_constant(ctx, iv) or iv_param and isinstance(iv, cst.Name)):
        return key
    return None


def _helper_cipher(ctx: Context, call: cst.Call) -> tuple[cst.Call, cst.BaseExpression] | None:
    """A call of a helper of the file (`self._cipher(FIXED_IV)`, `_cipher(key)`) whose body builds a weak cipher:
    the helper's cipher call and its key. A helper that takes the IV counts when this call passes a constant."""
    if isinstance(call.func, cst.Attribute):
        name = call.func.attr.value
    elif isinstance(call.func, cst.Name):
        name = call.func.value
    else:
        return None
    constant_arg = any(_constant(ctx, a.value) for a in call.args)
    for function in _functions_named(ctx, name):
        for inner in _calls_in(function):
            key = _weak_key(ctx, inner, iv_param=constant_arg)
            if key is not None:
                return inner, key
    return None


def _functions_named(ctx: Context, name: str) -> list[cst.FunctionDef]:
    found: list[cst.FunctionDef] = []

    class Finder(cst.CSTVisitor):
        def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
            if node.name.value == name:
                found.append(node)

    ctx.module.visit(Finder())
    return found


def _calls_in(node: cst.CSTNode) -> list[cst.Call]:
    found: list[cst.Call] = []

    class Finder(cst.CSTVisitor):
        def visit_Call(self, call: cst.Call) -> None:
            found.append(call)

    node.visit(Finder())
    return found


def aead(ctx: Context) -> list[Draft]:
    """The flagged cipher, the cipher a flagged helper call builds, and every other weak cipher of the file (the
    decrypting side must change with the encrypting one) → _AesGcm(key)."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call):
        key = _weak_key(ctx, call)
        if key is not None:
            out[call] = cst.parse_expression(f"{HELPER}({ctx.code(key)})")
    # the helper that builds the cipher and the decrypting side may live anywhere in the file
    whole = Context.build(ctx.source, ctx.start, ctx.end, ctx.paramstyle, whole=True)
    if whole is None:
        return []
    found = [helper for call in ctx.find(cst.Call) if call not in out and (helper := _helper_cipher(whole, call))]
    if not out and not found:
        return []
    flagged = {n for stmt in ctx.statements for n in range(ctx.own_span(stmt)[0], ctx.own_span(stmt)[1] + 1)}
    found += [(call, key) for call in _calls_in(whole.module) if (key := _weak_key(whole, call)) is not None]
    lines = ctx.source.splitlines(keepends=True)
    by_line: dict[tuple[int, int], str] = {}
    for inner, inner_key in found:
        stmt = whole.statement_of(inner)
        if stmt is None:
            continue
        start, end = whole.own_span(stmt)
        if flagged & set(range(start, end + 1)):
            continue
        text = by_line.get((start, end), "".join(lines[start - 1 : end]))
        by_line[(start, end)] = text.replace(whole.code(inner), f"{HELPER}({whole.code(inner_key)})", 1)
    elsewhere = [Edit(s, e, text) for (s, e), text in sorted(by_line.items())]
    added = ctx.helper_once(HELPER, HELPER_SOURCE)
    if added is None:
        return []
    edits = (*elsewhere, *added)
    return [Draft("cipher-aes-gcm", out, imports=IMPORTS, elsewhere=edits)]
