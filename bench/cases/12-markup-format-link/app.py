"""HTML snippets for user mentions, marked safe for the template layer."""
from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup


def profile_link(username: str, display_name: str) -> Markup:
    """Link to a user's profile page, ready to drop into a template.

    Args:
        username: the account's handle, used in the URL.
        display_name: the name the user chose for display.
    """
    return Markup('<a class="mention" href="/u/{}">{}</a>'.format(username, display_name))


def mention_list(users: Iterable[tuple[str, str]]) -> Markup:
    """Comma-separated profile links for (username, display_name) pairs."""
    return Markup(", ").join(profile_link(u, name) for u, name in users)


def mention_count(users: Iterable[tuple[str, str]]) -> int:
    """Number of distinct usernames mentioned."""
    return len({u for u, _ in users})
