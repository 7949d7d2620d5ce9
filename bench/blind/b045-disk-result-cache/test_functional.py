import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_put_get_round_trip(tmp_path):
    cache = mod.ReportCache(tmp_path / "c")
    value = {"region": "emea", "totals": [1, 2, 3], "ratio": 0.25, "ok": True, "note": None}
    cache.put("q1", value)
    assert cache.get("q1") == value
    cache.put("names", ["a", "b"])
    assert cache.get("names") == ["a", "b"]
    cache.put("count", 42)
    assert cache.get("count") == 42
    cache.put("label", "héllo")
    assert cache.get("label") == "héllo"


def test_missing_and_default(tmp_path):
    cache = mod.ReportCache(tmp_path)
    assert cache.get("nope") is None
    assert cache.get("nope", "fallback") == "fallback"


def test_overwrite(tmp_path):
    cache = mod.ReportCache(tmp_path)
    cache.put("k", {"v": 1})
    cache.put("k", {"v": 2})
    assert cache.get("k") == {"v": 2}
    assert len([p for p in tmp_path.iterdir() if p.suffix == ".cache"]) == 1


def test_corrupt_entry_returns_default(tmp_path):
    cache = mod.ReportCache(tmp_path)
    cache.put("k", [1])
    entry = next(p for p in tmp_path.iterdir() if p.suffix == ".cache")
    entry.write_bytes(b"\x00\x01garbage")
    assert cache.get("k", "dflt") == "dflt"


def test_persists_across_instances(tmp_path):
    mod.ReportCache(tmp_path).put("shared", {"x": [1, {"y": "z"}]})
    assert mod.ReportCache(tmp_path).get("shared") == {"x": [1, {"y": "z"}]}


def test_memoize_calls_once(tmp_path):
    cache = mod.ReportCache(tmp_path)
    calls = []

    @cache.memoize
    def revenue(region, year):
        calls.append((region, year))
        return {"region": region, "year": year, "amount": 1000}

    assert revenue("us", 2023) == {"region": "us", "year": 2023, "amount": 1000}
    assert revenue("us", 2023) == {"region": "us", "year": 2023, "amount": 1000}
    assert revenue("eu", 2023)["region"] == "eu"
    assert calls == [("us", 2023), ("eu", 2023)]


def test_creates_directory(tmp_path):
    target = tmp_path / "deep" / "cache"
    mod.ReportCache(target)
    assert target.is_dir()
