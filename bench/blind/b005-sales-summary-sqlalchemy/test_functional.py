import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_north_summary():
    eng = mod.build_engine()
    assert mod.region_summary(eng, "north") == [("widget", 5, 12.5), ("gadget", 1, 10.0)]


def test_south_summary_normalised_input():
    eng = mod.build_engine()
    assert mod.region_summary(eng, "  South ") == [("gizmo", 4, 20.0), ("widget", 7, 16.8)]


def test_unknown_region():
    assert mod.region_summary(mod.build_engine(), "east") == []


def test_custom_rows():
    eng = mod.build_engine([("west", "a", 1, 1.0), ("west", "b", 2, 1.0), ("east", "a", 9, 9.0)])
    result = mod.region_summary(eng, "west")
    assert result == [("b", 2, 2.0), ("a", 1, 1.0)]
    assert all(isinstance(r, tuple) for r in result)
