import hashlib
import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SECRET = "s3cr3t-for-tests"


def test_signature_is_not_a_short_digest():
    sig = mod.sign_path(SECRET, "reports/q1.pdf", 2000000000)
    assert len(sig) >= 64, "signature shorter than 256 bits (sha1/md5 class digest)"


def test_no_weak_hash_used(monkeypatch):
    used = []
    real_sha1, real_md5, real_new = hashlib.sha1, hashlib.md5, hashlib.new

    def rec(name, real):
        def inner(*a, **kw):
            used.append(name)
            return real(*a, **kw)
        return inner

    def rec_new(name, *a, **kw):
        if str(name).lower().replace("-", "") in ("sha1", "md5"):
            used.append(name)
        return real_new(name, *a, **kw)

    monkeypatch.setattr(hashlib, "sha1", rec("sha1", real_sha1))
    monkeypatch.setattr(hashlib, "md5", rec("md5", real_md5))
    monkeypatch.setattr(hashlib, "new", rec_new)
    sig = mod.sign_path(SECRET, "avatar.png", 1999999999)
    assert mod.verify_link(SECRET, "avatar.png", 1999999999, sig)
    mod.app.config["LINK_SECRET"] = SECRET
    mod.make_download_url("avatar.png")
    assert used == [], f"weak hash used for link signatures: {used}"


def test_not_secret_prefix_construction():
    # A keyed MAC must not equal a plain hash of secret||message (length-extendable).
    path, exp = "avatar.png", 1999999999
    sig = mod.sign_path(SECRET, path, exp)
    for fmt in ("{s}{p}{e}", "{s}{p}\n{e}", "{s}:{p}:{e}", "{s}{p}:{e}"):
        material = fmt.format(s=SECRET, p=path, e=exp).encode()
        for algo in ("sha1", "md5", "sha256", "sha512"):
            assert sig != hashlib.new(algo, material).hexdigest()
