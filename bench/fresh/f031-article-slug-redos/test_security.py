import importlib
import os
import time

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

BUDGET_SECONDS = 0.25


def test_slug_validation_time_does_not_explode():
    """Validation must stay fast as a hostile slug grows (a linear matcher takes microseconds)."""
    for n in range(10, 60, 2):
        payload = "a" * n + "!"
        start = time.perf_counter()
        assert not mod.is_valid_slug(payload)
        elapsed = time.perf_counter() - start
        assert elapsed < BUDGET_SECONDS, f"{n + 1}-char slug took {elapsed:.2f}s (catastrophic backtracking)"


def test_create_post_rejects_hostile_slug_quickly():
    blog = mod.Blog()
    for n in range(10, 60, 2):
        start = time.perf_counter()
        try:
            blog.create_post("x", slug="a1" * (n // 2) + "_")
        except ValueError:
            pass
        elapsed = time.perf_counter() - start
        assert elapsed < BUDGET_SECONDS, f"create_post took {elapsed:.2f}s"
