import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_error_body_has_no_internals(tmp_path, monkeypatch):
    secret_dir = tmp_path / "srv-internal-9f3a"
    secret_dir.mkdir()
    monkeypatch.setitem(mod.app.config, "DATABASE", str(secret_dir / "prod.db"))
    r = mod.app.test_client().get("/shipments/AB123")
    assert r.status_code == 500
    body = r.get_data(as_text=True)
    assert "Traceback" not in body
    assert "File \\\"" not in body and 'File "' not in body
    assert os.path.basename(mod.__file__) not in body
    assert "no such table" not in body
    assert "SELECT" not in body and "shipments WHERE" not in body
    assert "OperationalError" not in body


def test_unreadable_database_path_not_disclosed(tmp_path, monkeypatch):
    missing = tmp_path / "no-such-dir-7c1e" / "db.sqlite"
    monkeypatch.setitem(mod.app.config, "DATABASE", str(missing))
    r = mod.app.test_client().get("/shipments/X")
    body = r.get_data(as_text=True)
    assert r.status_code == 500
    assert "no-such-dir-7c1e" not in body and "unable to open" not in body
    assert "Traceback" not in body
