import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("slug", ["hello", "hello-world", "release-notes-2024", "a1-b2-c3", "x" * 120])
def test_valid_slugs(slug):
    assert mod.is_valid_slug(slug)


@pytest.mark.parametrize("slug", ["", "Hello", "hello world", "a--b", "-lead", "caf\u00e9", "x" * 121, "semi;colon"])
def test_invalid_slugs(slug):
    assert not mod.is_valid_slug(slug)


def test_slugify():
    assert mod.slugify("  Café: Release Notes 2024! ") == "cafe-release-notes-2024"


def test_blog_create_and_rename():
    blog = mod.Blog()
    assert blog.create_post("Hello World") == "hello-world"
    assert blog.create_post("Other", slug="custom-slug") == "custom-slug"
    with pytest.raises(ValueError):
        blog.create_post("Hello World")
    with pytest.raises(ValueError):
        blog.create_post("x", slug="Bad Slug")
    blog.rename("custom-slug", "renamed-slug")
    assert blog.posts == {"hello-world": "Hello World", "renamed-slug": "Other"}
