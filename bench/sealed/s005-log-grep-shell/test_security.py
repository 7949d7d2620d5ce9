import importlib
import os
import subprocess

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _try(*args, **kwargs):
    try:
        return mod.grep_log(*args, **kwargs)
    except (subprocess.CalledProcessError, ValueError, OSError):
        return None


def test_pattern_cannot_break_out_of_quotes(tmp_path):
    log = tmp_path / "service.log"
    log.write_text("hello\n")
    marker = tmp_path / "PWNED"
    _try(log, f"x' /dev/null; touch {marker}; echo '")
    assert not marker.exists()


def test_service_name_cannot_inject(tmp_path):
    log = tmp_path / "service.log"
    log.write_text("ERROR api\n")
    marker = tmp_path / "MARKER"
    try:
        mod.count_errors(log, f"api' $(touch {marker}) '")
    except (subprocess.CalledProcessError, ValueError, OSError):
        pass
    assert not marker.exists()
