import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

MARKER = "root:x:0:0:canary-7f3a"


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "passwd"
    path.write_text(MARKER + "\n", encoding="utf-8")
    return path


def leaked(values) -> bool:
    return any(MARKER in v for v in values.values())


def test_external_entity_in_setting_value(secret_file):
    doc = f"""<?xml version="1.0"?>
<!DOCTYPE settings [<!ENTITY pw SYSTEM "{secret_file.as_uri()}">]>
<settings><setting name="theme">&pw;</setting></settings>""".encode()
    assert not leaked(mod.parse_settings(doc))


def test_external_entity_via_apply(secret_file):
    doc = f"""<?xml version="1.0"?>
<!DOCTYPE settings [<!ENTITY pw SYSTEM "{secret_file.as_uri()}">]>
<settings><setting name="greeting">hi &pw;</setting></settings>""".encode()
    merged = mod.apply_uploaded_settings({"greeting": "hello"}, doc)
    assert not leaked(merged)


def test_external_dtd_not_loaded(secret_file, tmp_path):
    dtd = tmp_path / "settings.dtd"
    dtd.write_text(f'<!ENTITY pw SYSTEM "{secret_file.as_uri()}">', encoding="utf-8")
    doc = f"""<?xml version="1.0"?>
<!DOCTYPE settings SYSTEM "{dtd.as_uri()}">
<settings><setting name="theme">&pw;</setting></settings>""".encode()
    assert not leaked(mod.parse_settings(doc))


def test_parameter_entity_not_loaded(secret_file, tmp_path):
    dtd = tmp_path / "inner.dtd"
    dtd.write_text(f'<!ENTITY pw SYSTEM "{secret_file.as_uri()}">', encoding="utf-8")
    doc = f"""<?xml version="1.0"?>
<!DOCTYPE settings [<!ENTITY % inner SYSTEM "{dtd.as_uri()}"> %inner;]>
<settings><setting name="theme">&pw;</setting></settings>""".encode()
    assert not leaked(mod.parse_settings(doc))
