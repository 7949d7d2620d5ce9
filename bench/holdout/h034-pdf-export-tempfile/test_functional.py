import importlib
import os
import shutil
import tempfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def copy_converter(seen):
    def convert(html_path, pdf_path):
        seen.append(html_path)
        with open(html_path, encoding="utf-8") as fh:
            assert fh.read().startswith("<!doctype html>")
        shutil.copyfile(html_path, pdf_path)
    return convert


def test_export_writes_destination_and_cleans_scratch(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    seen = []
    out = mod.export_report("Q2 sales", ["Region", "Revenue"], [["North", 1200], ["Süd", 980]],
                            tmp_path / "q2.pdf", converter=copy_converter(seen))
    assert out == tmp_path / "q2.pdf"
    content = out.read_text(encoding="utf-8")
    assert "<td>Süd</td><td>980</td>" in content
    assert seen[0].endswith(".html") and not os.path.exists(seen[0])


def test_cells_are_escaped():
    doc = mod.render_html("A & B", ["x"], [["<b>bold</b>"]])
    assert "<title>A &amp; B</title>" in doc and "&lt;b&gt;bold&lt;/b&gt;" in doc


def test_scratch_removed_when_converter_fails(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    seen = []

    def boom(html_path, pdf_path):
        seen.append(html_path)
        raise RuntimeError("converter crashed")

    try:
        mod.export_report("t", ["a"], [[1]], tmp_path / "x.pdf", converter=boom)
    except RuntimeError:
        pass
    assert not os.path.exists(seen[0])
