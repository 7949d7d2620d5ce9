import importlib, os, sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(tmp_path, monkeypatch):
    db = tmp_path / "ship.db"
    conn = sqlite3.connect(db)
    conn.executescript("""
        CREATE TABLE shipments (code TEXT PRIMARY KEY, status TEXT, eta TEXT);
        CREATE TABLE checkpoints (code TEXT, place TEXT, at TEXT);
        INSERT INTO shipments VALUES ('AB123', 'in transit', '2024-06-01');
        INSERT INTO shipments VALUES ('ZZ9', 'delivered', '2024-05-02');
        INSERT INTO checkpoints VALUES ('AB123', 'Rotterdam', '2024-05-28T09:00');
        INSERT INTO checkpoints VALUES ('AB123', 'Hamburg', '2024-05-27T18:00');
    """)
    conn.commit()
    conn.close()
    monkeypatch.setitem(mod.app.config, "DATABASE", str(db))
    return mod.app.test_client()


def test_track_found(client):
    r = client.get("/shipments/ab123")
    assert r.status_code == 200
    assert r.get_json() == {"code": "AB123", "status": "in transit", "eta": "2024-06-01",
                            "checkpoints": [{"place": "Hamburg", "at": "2024-05-27T18:00"},
                                            {"place": "Rotterdam", "at": "2024-05-28T09:00"}]}
    assert client.get("/shipments/ZZ9").get_json()["checkpoints"] == []


def test_not_found_and_http_errors(client):
    r = client.get("/shipments/NOPE")
    assert r.status_code == 404 and r.get_json() == {"error": "shipment not found"}
    r = client.get("/no/such/route")
    assert r.status_code == 404 and "error" in r.get_json()
    r = client.post("/shipments/AB123")
    assert r.status_code == 405


def test_internal_error_is_json_500(tmp_path, monkeypatch):
    monkeypatch.setitem(mod.app.config, "DATABASE", str(tmp_path / "empty.db"))
    r = mod.app.test_client().get("/shipments/AB123")
    assert r.status_code == 500
    assert r.is_json and "error" in r.get_json()
