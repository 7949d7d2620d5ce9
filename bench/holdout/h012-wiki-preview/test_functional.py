import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_inline_markup_rendered():
    html = mod.render_preview("Onboarding", "Read the **handbook** and _then_ run `make setup`.", "kim")
    assert "<h1>Onboarding</h1>" in html
    assert "<strong>handbook</strong>" in html
    assert "<em>then</em>" in html
    assert "<code>make setup</code>" in html
    assert "Last edited by kim" in html


def test_wiki_links_and_paragraphs():
    html = mod.render_preview("Home", "See [[Release Process]].\n\nSecond   paragraph\nwraps.", "lee")
    assert '<a href="/wiki/Release_Process">Release Process</a>' in html
    assert html.count("<p>") == 2
    assert "<p>Second paragraph wraps.</p>" in html


def test_snake_case_words_untouched():
    assert str(mod.render_inline("use max_retry_count here")) == "use max_retry_count here"
