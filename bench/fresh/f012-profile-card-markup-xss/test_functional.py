import importlib
import os

from markupsafe import Markup

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_card_fragment():
    card = mod.render_card(mod.Profile("ada", "Ada L.", "Writes about engines.", "London"))
    assert isinstance(card, Markup)
    assert str(card) == (
        "<div class='card' id='user-ada'><h2>Ada L.</h2><span class='loc'>London</span>"
        "<p class='bio'>Writes about engines.</p></div>"
    )


def test_card_without_location():
    card = mod.render_card(mod.Profile("bob", "Bob", "Hi there"))
    assert "loc" not in str(card)


def test_page_embeds_card_unescaped():
    page = mod.render_profile_page(mod.Profile("ada", "Ada L.", "Engines."))
    assert "<title>Ada L.</title>" in page
    assert "<div class='card' id='user-ada'>" in page
    assert "&lt;div" not in page
