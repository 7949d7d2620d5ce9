import importlib, os, base64, hashlib, random, re, sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def stored_hash(svc, email):
    return svc.conn.execute("SELECT password_hash FROM accounts WHERE email = ?",
                            (email,)).fetchone()[0]


def test_temp_password_not_predictable_from_random_state():
    svc = mod.AccountService(sqlite3.connect(":memory:"))
    random.seed(424242)  # attacker reproduces the Mersenne Twister state
    first = svc.register("u1@example.com")
    random.seed(424242)
    second = svc.register("u2@example.com")
    assert first != second, "temporary password derived from the predictable random module"


def _fast_digests(pw):
    b = pw.encode()
    for name in ("md5", "sha1", "sha224", "sha256", "sha512"):
        d = hashlib.new(name, b).digest()
        yield d.hex()
        yield base64.b64encode(d).decode()


def _uses_slow_kdf(stored):
    if stored.startswith(("$2a$", "$2b$", "$2y$", "$argon2", "scrypt")) or stored.startswith("$scrypt"):
        return True
    m = re.search(r"pbkdf2[^$:]*[$:](?:sha\d+[$:])?(\d+)\$", stored)
    return bool(m) and int(m.group(1)) >= 100_000


def test_stored_hash_is_salted_and_slow():
    svc = mod.AccountService(sqlite3.connect(":memory:"))
    for email in ("x@example.com", "y@example.com"):
        temp = svc.register(email)
        assert svc.change_password(email, temp, "Summer2024!")
    hx, hy = stored_hash(svc, "x@example.com"), stored_hash(svc, "y@example.com")
    assert hx not in set(_fast_digests("Summer2024!")), "password stored as a fast unsalted digest"
    assert hx != hy, "identical passwords give identical hashes (no salt)"
    assert _uses_slow_kdf(hx), f"password hash is not a slow KDF: {hx[:20]}..."


def test_temp_password_hash_not_fast_digest():
    svc = mod.AccountService(sqlite3.connect(":memory:"))
    temp = svc.register("z@example.com")
    h = stored_hash(svc, "z@example.com")
    assert h not in set(_fast_digests(temp))
    assert _uses_slow_kdf(h)
