import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _doc(uri: str, where: str) -> bytes:
    body = {
        "theme": "<appearance><theme>&ext;</theme></appearance>",
        "recent": "<recent><file>&ext;</file></recent>",
        "keymap": "<keymap><bind action='save'>&ext;</bind></keymap>",
    }[where]
    return f"""<?xml version="1.0"?>
<!DOCTYPE settings [<!ENTITY ext SYSTEM "{uri}">]>
<settings>{body}</settings>""".encode()


def _imported_text(payload: bytes) -> str:
    try:
        return repr(mod.import_settings(payload))
    except ValueError:
        return ""


def test_external_entity_not_resolved_in_any_field(tmp_path):
    secret = tmp_path / "credentials"
    secret.write_text("aws_secret_access_key=XXE-MARKER-123")
    for where in ("theme", "recent", "keymap"):
        assert "XXE-MARKER-123" not in _imported_text(_doc(secret.as_uri(), where)), where


def test_external_dtd_not_loaded(tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY injected "DTD-MARKER-456">')
    payload = f"""<?xml version="1.0"?>
<!DOCTYPE settings SYSTEM "{dtd.as_uri()}">
<settings><appearance><theme>&injected;</theme></appearance></settings>""".encode()
    assert "DTD-MARKER-456" not in _imported_text(payload)
