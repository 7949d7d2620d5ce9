import hashlib
import importlib, os
import json
import string

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ALNUM = set(string.ascii_letters + string.digits)


def test_generate_default_length_and_alphabet():
    keys = {mod.generate_api_key() for _ in range(50)}
    assert len(keys) == 50
    for k in keys:
        assert isinstance(k, str) and len(k) == 32
        assert set(k) <= ALNUM


def test_generate_custom_length():
    assert len(mod.generate_api_key(8)) == 8
    assert len(mod.generate_api_key(64)) == 64
    assert mod.generate_api_key(0) == ""


def test_issue_key_records_fingerprint(tmp_path):
    store = tmp_path / "sub" / "keys.jsonl"
    key = mod.issue_key("acme", ["write", "read", "read"], store)
    assert key.startswith("pk_") and len(key) == 35
    lines = store.read_text().splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert rec["owner"] == "acme"
    assert rec["scopes"] == ["read", "write"]
    assert rec["sha256"] == hashlib.sha256(key.encode()).hexdigest()
    assert key not in store.read_text()


def test_cli(tmp_path, capsys):
    store = tmp_path / "keys.jsonl"
    assert mod.main(["--owner", "globex", "--scopes", "read, billing", "--store", str(store)]) == 0
    assert mod.main(["--owner", "initech", "--store", str(store)]) == 0
    out = capsys.readouterr().out.split()
    assert len(out) == 2 and out[0] != out[1]
    assert all(k.startswith("pk_") and len(k) == 35 for k in out)
    recs = [json.loads(l) for l in store.read_text().splitlines()]
    assert [r["owner"] for r in recs] == ["globex", "initech"]
    assert recs[0]["scopes"] == ["billing", "read"]
    assert recs[1]["scopes"] == ["read"]
