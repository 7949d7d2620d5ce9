import importlib, os
import pickle

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class Boom:
    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def _plant(cache, tmp_dir, key, marker):
    cache.put(key, {"legit": True})
    entry = next(p for p in tmp_dir.iterdir() if p.suffix == ".cache")
    entry.write_bytes(pickle.dumps(Boom(marker)))


def test_get_does_not_run_planted_payload(tmp_path):
    cdir = tmp_path / "cache"
    cache = mod.ReportCache(cdir)
    marker = tmp_path / "owned-get"
    _plant(cache, cdir, "report:2024", marker)
    cache.get("report:2024")
    assert not marker.exists(), "cache file payload was executed on read"


def test_memoize_does_not_run_planted_payload(tmp_path):
    cdir = tmp_path / "cache"
    cache = mod.ReportCache(cdir)

    @cache.memoize
    def totals(region):
        return {"region": region}

    totals("apac")
    entry = next(p for p in cdir.iterdir() if p.suffix == ".cache")
    marker = tmp_path / "owned-memo"
    entry.write_bytes(pickle.dumps(Boom(marker)))
    totals("apac")
    assert not marker.exists(), "cache file payload was executed via memoize"
