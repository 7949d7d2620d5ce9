"""CWE-916/759/760/328: a fast or constant-salted digest stored for later comparison → scrypt with a random salt,
verifier included.

The shape: a function returns the hex of a hash of what it is given — `hashlib.<fast>(<bytes>).hexdigest()`, or
`hashlib.pbkdf2_hmac(<alg>, <bytes>, <salt>, <rounds>).hex()` (a salt that is a constant makes one table crack
every value), directly or through a local it returns — and the file compares that function's result with a stored
value (`H(pw) == stored`, `hmac.compare_digest(H(pw), stored)`, or a local
holding `H(pw)` compared later). A salted hash cannot be recomputed and compared, so both sides change together:
H returns `scrypt$n$r$p$<salt>$<key>` (the salt and the cost travel with the value) and every comparison calls a
verifier built from H itself, which recomputes the key with the stored salt and compares in constant time.
Values stored before the change no longer match (their scheme is not scrypt): users set a new password.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass

from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.splice import Splices
from aiharden.repair.codemods.splice import first_line
from aiharden.repair.codemods.splice import free_name
from aiharden.repair.codemods.splice import parents as parents_of
from aiharden.repair.edits import Edit

_FAST = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
         "blake2b", "blake2s"}
_KDF = '''\
def {kdf}(secret: bytes) -> str:
    """A slow, salted hash of secret to store: scrypt with a random salt, kept with the cost in the value."""
    salt = os.urandom(16)
    key = hashlib.scrypt(secret, salt=salt, n=2**14, r=8, p=1)
    return f"scrypt${{2**14}}$8$1${{salt.hex()}}${{key.hex()}}"


def {matches}(secret: bytes, stored: str) -> bool:
    """True when stored is what {kdf}() made from secret; compared in constant time."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(key)
        found = hashlib.scrypt(secret, salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(found, expected)
'''


@dataclass(frozen=True)
class _Site:
    value: ast.expr  # what the function returns: replaced by the salted hash
    secret: ast.expr  # the bytes hashed
    dead: ast.stmt | None = None  # `digest = <hash>` whose only use is the returned value: removed


def password_kdf(ctx: Context) -> list[Draft]:
    tree = ast.parse(ctx.source)
    parents = parents_of(tree)
    inline = _inline_pairs(ctx, tree, parents)
    if inline:
        return [Draft("password-kdf", {}, ("hashlib", "hmac", "os"), inline)]
    for site in _flagged_digests(ctx, tree, parents):
        ret = parents.get(site.value)
        function = parents.get(ret) if ret is not None else None
        if not (isinstance(ret, ast.Return) and isinstance(function, ast.FunctionDef) and function in tree.body
                and function.body[-1] is ret):
            continue
        edits = _rewrite(ctx, tree, parents, function, site)
        if edits:
            return [Draft("password-kdf", {}, ("hashlib", "hmac", "os"), edits)]
    return []


def _inline_pairs(ctx: Context, tree: ast.Module, parents: dict[ast.AST, ast.AST]) -> tuple[Edit, ...]:
    """The digest written out where it is used, not in a function of its own: `users[name] = sha1(pw).hexdigest()`
    in one place and `sha1(pw).hexdigest() == stored` in another. Every such digest of the file is either stored
    (assigned) or compared, and there is at least one of each and one on the flagged lines: each stored one becomes
    the scrypt value, each comparison the verifier."""
    digests = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and not n.args and not n.keywords
               and isinstance(n.func, ast.Attribute) and n.func.attr in ("hexdigest", "digest")
               and isinstance(n.func.value, ast.Call) and _fast(ctx, n.func.value.func)
               and len(n.func.value.args) == 1 and not n.func.value.keywords]
    stored, compared = [], []
    for d in digests:
        holder = parents.get(d)
        if isinstance(holder, ast.Assign) and holder.value is d:
            stored.append(d)
        elif (found := _compared(parents, d)) is not None:
            compared.append((d, found))
        else:
            return ()
    flagged = any(ctx.start <= d.lineno <= ctx.end for d in digests)
    if not (stored and compared and flagged) or any(d.func.attr == "digest" for d in stored):  # type: ignore[attr-defined]
        return ()
    splices = Splices(ctx.source)
    kdf = free_name(tree, "_kdf")
    matches = f"{kdf}_matches"
    first = min(first_line(s) for s in tree.body if any(
        s.lineno <= d.lineno <= (s.end_lineno or s.lineno) for d in digests))
    splices.insert_before_line(first, _KDF.format(kdf=kdf, matches=matches) + "\n\n")
    for d in stored:
        splices.replace(d, f"{kdf}({splices.segment(d.func.value.args[0])})")  # type: ignore[attr-defined]
    for d, (node, _, other, negated) in compared:
        secret = splices.segment(d.func.value.args[0])  # type: ignore[attr-defined]
        splices.replace(node, ("not " if negated else "") + f"{matches}({secret}, {splices.segment(other)})")
    return splices.edits()


def _flagged_digests(ctx: Context, tree: ast.Module, parents: dict[ast.AST, ast.AST]) -> list[_Site]:
    """Returned values that are the text of a hash whose call is on the flagged lines: `hashlib.<fast>(x)
    .hexdigest()`, or `hashlib.pbkdf2_hmac(alg, x, salt, n)` as hex or base64 (`.hex()`, `base64.b64encode(...)
    .decode()`, `binascii.hexlify(...)`), either directly or through a local the function only returns."""
    found = []
    for ret in (n for n in ast.walk(tree) if isinstance(n, ast.Return) and n.value is not None):
        value = ret.value
        assert value is not None
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "hexdigest" \
                and not value.args:
            inner = value.func.value
            if isinstance(inner, ast.Call) and ctx.start <= inner.lineno <= ctx.end and \
                    len(inner.args) == 1 and not inner.keywords and _fast(ctx, inner.func):
                found.append(_Site(value, inner.args[0]))
            elif isinstance(inner, ast.Name) and (held := _held_hash(ctx, parents, value, inner.id, "fast")):
                found.append(_Site(value, held[1], held[0]))
            continue
        raw = _encoded(ctx, value)
        if isinstance(raw, ast.Call) and ctx.start <= raw.lineno <= ctx.end and (secret := _kdf_secret(ctx, raw)):
            found.append(_Site(value, secret))
        elif isinstance(raw, ast.Name) and (held := _held_hash(ctx, parents, value, raw.id, "kdf")):
            found.append(_Site(value, held[1], held[0]))
    return found


_ENCODERS = {"base64.b64encode", "base64.urlsafe_b64encode", "base64.b32encode", "base64.b16encode",
             "binascii.hexlify", "binascii.b2a_hex"}


def _encoded(ctx: Context, node: ast.expr) -> ast.expr | None:
    """X when node is the text or bytes encoding of X: `X.hex()`, `base64.b64encode(X)`, either `.decode(...)`d."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "decode":
        return _encoded(ctx, node.func.value)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "hex" \
            and not node.args:
        return node.func.value
    if isinstance(node, ast.Call) and len(node.args) == 1 and _qualified(ctx, node.func) in _ENCODERS:
        return node.args[0]
    return None


def _kdf_secret(ctx: Context, call: ast.Call) -> ast.expr | None:
    """The password a `hashlib.pbkdf2_hmac(alg, password, salt, rounds)` call derives from."""
    if _qualified(ctx, call.func) == "hashlib.pbkdf2_hmac" and len(call.args) >= 4:
        return call.args[1]
    return None


def _held_hash(ctx: Context, parents: dict[ast.AST, ast.AST], read: ast.expr, local: str,
               kind: str) -> tuple[ast.Assign, ast.expr] | None:
    """`local = <hash call>` on the flagged lines, in the same function, used only inside read (the returned value):
    kind "fast" for `hashlib.<fast>(x)`, "kdf" for `hashlib.pbkdf2_hmac(...)`."""
    function = parents.get(read)
    while function is not None and not isinstance(function, ast.FunctionDef):
        function = parents.get(function)
    if function is None:
        return None
    assigns = [n for n in ast.walk(function) if isinstance(n, ast.Assign) and len(n.targets) == 1
               and isinstance(n.targets[0], ast.Name) and n.targets[0].id == local]
    uses = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == local and isinstance(n.ctx, ast.Load)]
    inside = {id(n) for n in ast.walk(read)}
    if len(assigns) != 1 or len(uses) != 1 or id(uses[0]) not in inside:
        return None
    assign = assigns[0]
    value = assign.value
    if not (isinstance(value, ast.Call) and ctx.start <= assign.lineno <= ctx.end and parents.get(assign) is function):
        return None
    if kind == "fast":
        secret = value.args[0] if len(value.args) == 1 and not value.keywords and _fast(ctx, value.func) else None
    else:
        secret = _kdf_secret(ctx, value)
    return (assign, secret) if secret is not None else None


def _qualified(ctx: Context, func: ast.expr) -> str:
    dotted = _dotted(func) or ""
    head, _, rest = dotted.partition(".")
    return ctx.aliases.get(head, head) + (f".{rest}" if rest else "")


def _fast(ctx: Context, func: ast.expr) -> bool:
    full = _qualified(ctx, func)
    return full.startswith("hashlib.") and full.split(".", 1)[1] in _FAST


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


def _rewrite(
    ctx: Context, tree: ast.Module, parents: dict[ast.AST, ast.AST], function: ast.FunctionDef, site: _Site
) -> tuple[Edit, ...]:
    args = function.args
    if args.vararg or args.kwarg or args.kwonlyargs or args.defaults or args.posonlyargs or not args.args:
        return ()
    splices = Splices(ctx.source)
    checks = _comparisons(tree, parents, function.name)
    if not checks:
        return ()  # nothing in this file compares the value: whoever does would break unseen
    matches = free_name(tree, f"{function.name}_matches")
    kdf = next((f.name for f in tree.body if isinstance(f, ast.FunctionDef) and f.name.startswith("_kdf")
                and "scrypt" in (ast.get_docstring(f) or "")), None)
    secret = splices.segment(site.secret)
    if kdf is None:
        kdf = free_name(tree, "_kdf")
        splices.insert_before_line(first_line(function), _KDF.format(kdf=kdf, matches=f"{kdf}_matches") + "\n\n")
    splices.replace(site.value, f"{kdf}({secret})")
    if site.dead is not None:
        splices.replace_lines(site.dead.lineno, site.dead.end_lineno or site.dead.lineno, "")
    end = function.end_lineno or function.lineno
    splices.insert_before_line(end + 1, "\n\n" + _verifier(ctx.source, function, site, matches, f"{kdf}_matches"))
    for node, call, stored, negated, dead in checks:
        splices.replace(node, ("not " if negated else "") + f"{matches}({_args(splices, call)}, {splices.segment(stored)})")
        if dead is not None:
            splices.replace_lines(dead.lineno, dead.end_lineno or dead.lineno, "")
    return splices.edits()


def _args(splices: Splices, call: ast.Call) -> str:
    return ", ".join(splices.segment(a) for a in [*call.args, *call.keywords])


def _verifier(source: str, function: ast.FunctionDef, site: _Site, name: str, matches: str) -> str:
    """function's own text as `name(..., stored: str) -> bool`, returning matches(<its secret>, stored)."""
    own = Splices(source)
    stored = "stored" if all(a.arg != "stored" for a in function.args.args) else "stored_value"
    own.replace(site.value, f"{matches}({own.segment(site.secret)}, {stored})")
    if site.dead is not None:
        own.replace_lines(site.dead.lineno, site.dead.end_lineno or site.dead.lineno, "")
    last = function.args.args[-1]
    tail = last.annotation if last.annotation is not None else last
    own.replace(tail, own.segment(tail) + f", {stored}: str")
    if function.returns is not None:
        own.replace(function.returns, "bool")
    doc = function.body[0]
    if isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant) and isinstance(doc.value.value, str):
        own.replace(doc.value, f'"""True when {stored} is what {function.name}() made from these arguments."""')
    start, end = own.offset(first_line(function), 0), own.offset((function.end_lineno or function.lineno) + 1, 0)
    text = _apply_within(source, own.spans, start, end)
    header = text.index("def ") + len("def ")
    return text[:header] + name + text[header + len(function.name):]


def _apply_within(source: str, spans: list[tuple[int, int, str]], start: int, end: int) -> str:
    out = source[start:end]
    for s, e, text in sorted(spans, reverse=True):
        out = out[: s - start] + text + out[e - start:]
    return out


def _comparisons(
    tree: ast.Module, parents: dict[ast.AST, ast.AST], name: str
) -> list[tuple[ast.AST, ast.Call, ast.expr, bool, ast.stmt | None]]:
    """(node to replace, the call of name, the stored value, negated, a statement left dead) for every place the
    file compares name's result."""
    found: list[tuple[ast.AST, ast.Call, ast.expr, bool, ast.stmt | None]] = []
    for call in [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                 and n.func.id == name]:
        compared = _compared(parents, call)
        if compared is not None:
            found.append((*compared, None))
            continue
        holder = parents.get(call)
        if isinstance(holder, ast.Assign) and len(holder.targets) == 1 and isinstance(holder.targets[0], ast.Name):
            later = _later_comparison(tree, parents, holder, holder.targets[0].id)
            if later is not None:
                node, stored, negated = later
                found.append((node, call, stored, negated, holder))
    return found


def _compared(parents: dict[ast.AST, ast.AST], value: ast.expr) -> tuple[ast.AST, ast.Call, ast.expr, bool] | None:
    """(comparison, call, the other side, negated) when value is one side of `==`/`!=` or of compare_digest."""
    parent = parents.get(value)
    call = value if isinstance(value, ast.Call) else None
    if isinstance(parent, ast.Compare) and len(parent.ops) == 1 and isinstance(parent.ops[0], (ast.Eq, ast.NotEq)):
        other = parent.comparators[0] if parent.left is value else parent.left
        return (parent, call, other, isinstance(parent.ops[0], ast.NotEq)) if call is not None else None
    if (isinstance(parent, ast.Call) and (_dotted(parent.func) or "").endswith("compare_digest")
            and len(parent.args) == 2 and call is not None):
        other = parent.args[1] if parent.args[0] is value else parent.args[0]
        return parent, call, other, False
    return None


def _later_comparison(
    tree: ast.Module, parents: dict[ast.AST, ast.AST], assign: ast.Assign, local: str
) -> tuple[ast.AST, ast.expr, bool] | None:
    """`local = H(...)` whose only use, in the same function, is one comparison."""
    function = parents.get(assign)
    while function is not None and not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
        function = parents.get(function)
    if function is None:
        return None
    uses = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == local and n is not assign.targets[0]]
    if len(uses) != 1 or not isinstance(uses[0].ctx, ast.Load):
        return None
    parent = parents.get(uses[0])
    if isinstance(parent, ast.Compare) and len(parent.ops) == 1 and isinstance(parent.ops[0], (ast.Eq, ast.NotEq)):
        other = parent.comparators[0] if parent.left is uses[0] else parent.left
        return parent, other, isinstance(parent.ops[0], ast.NotEq)
    if isinstance(parent, ast.Call) and (_dotted(parent.func) or "").endswith("compare_digest") and len(parent.args) == 2:
        other = parent.args[1] if parent.args[0] is uses[0] else parent.args[0]
        return parent, other, False
    return None
