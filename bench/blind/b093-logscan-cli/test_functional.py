import importlib, io, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

LOG = "2024-05-01 INFO started worker\n2024-05-01 ERROR disk full on /var\n2024-05-02 error retrying upload\n2024-05-02 INFO done\n"


def _run(argv):
    buf = io.StringIO()
    code = mod.main(argv, out=buf)
    return code, buf.getvalue()


def test_case_sensitive_lines(tmp_path):
    f = tmp_path / "app.log"
    f.write_text(LOG)
    code, out = _run(["ERROR", str(f)])
    assert code == 0
    assert out == f"{f}:2:2024-05-01 ERROR disk full on /var\n"


def test_ignore_case_and_count(tmp_path):
    f = tmp_path / "app.log"
    f.write_text(LOG)
    code, out = _run(["-i", "error", str(f)])
    assert out.splitlines() == [f"{f}:2:2024-05-01 ERROR disk full on /var", f"{f}:3:2024-05-02 error retrying upload"]
    code, out = _run(["-c", "INFO", str(f)])
    assert code == 0 and out == f"{f}:2\n"


def test_multiple_files_and_subfolder(tmp_path):
    (tmp_path / "sub").mkdir()
    a = tmp_path / "a.log"
    b = tmp_path / "sub" / "b.log"
    a.write_text("alpha\nbeta\n")
    b.write_text("gamma beta\n")
    code, out = _run(["beta", str(a), str(b)])
    assert code == 0
    assert out.splitlines() == [f"{a}:2:beta", f"{b}:1:gamma beta"]


def test_no_match_and_missing(tmp_path):
    f = tmp_path / "x.log"
    f.write_text("nothing here\n")
    assert _run(["zzz", str(f)]) == (1, "")
    assert _run(["zzz", str(tmp_path / "missing.log")])[0] == 2
