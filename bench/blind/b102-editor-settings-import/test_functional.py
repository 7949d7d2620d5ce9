import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SAMPLE = b"""<?xml version="1.0" encoding="utf-8"?>
<!-- exported by Editor 3.2 -->
<settings version="2">
  <appearance><theme> solarized-dark </theme><font-size>14</font-size></appearance>
  <editor><tab-width>2</tab-width></editor>
  <recent><file>/home/ann/project/main.py</file><file>C:\\work\\notes &amp; todo.md</file></recent>
  <keymap><bind action="save">Ctrl+S</bind><bind action="find"> Ctrl+F </bind></keymap>
</settings>"""


def test_full_import():
    s = mod.import_settings(SAMPLE)
    assert isinstance(s, mod.EditorSettings)
    assert s.theme == "solarized-dark"
    assert s.font_size == 14
    assert s.tab_width == 2
    assert s.recent_files == ["/home/ann/project/main.py", "C:\\work\\notes & todo.md"]
    assert s.keymap == {"save": "Ctrl+S", "find": "Ctrl+F"}


def test_defaults():
    s = mod.import_settings(b"<settings/>")
    assert (s.theme, s.font_size, s.tab_width, s.recent_files, s.keymap) == ("light", 12, 4, [], {})


def test_errors():
    with pytest.raises(ValueError):
        mod.import_settings(b"<settings><unclosed></settings>")
    with pytest.raises(ValueError):
        mod.import_settings(b"<preferences/>")
    with pytest.raises(ValueError):
        mod.import_settings(b"<settings><editor><tab-width>wide</tab-width></editor></settings>")
