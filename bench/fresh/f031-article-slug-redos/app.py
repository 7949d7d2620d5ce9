"""Blog CMS: validate article slugs before creating or renaming posts."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# lowercase words separated by single hyphens, e.g. "release-notes-2024"
SLUG_PATTERN = re.compile(r"^([a-z0-9]+-?)+$")
MAX_SLUG_LENGTH = 120


def slugify(title: str) -> str:
    """Derive a slug suggestion from a post title."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    return "-".join(words)[:MAX_SLUG_LENGTH].strip("-")


def is_valid_slug(slug: str) -> bool:
    if not slug or len(slug) > MAX_SLUG_LENGTH:
        return False
    return SLUG_PATTERN.match(slug) is not None


@dataclass
class Blog:
    posts: dict[str, str] = field(default_factory=dict)

    def create_post(self, title: str, slug: str | None = None) -> str:
        """Create a post; returns the slug it is stored under."""
        candidate = slug if slug is not None else slugify(title)
        if not is_valid_slug(candidate):
            raise ValueError(f"invalid slug: {candidate!r}")
        if candidate in self.posts:
            raise ValueError(f"slug already used: {candidate!r}")
        self.posts[candidate] = title
        return candidate

    def rename(self, old: str, new: str) -> None:
        if not is_valid_slug(new):
            raise ValueError(f"invalid slug: {new!r}")
        self.posts[new] = self.posts.pop(old)
