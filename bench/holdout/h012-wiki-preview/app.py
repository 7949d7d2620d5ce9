"""Live preview for the team wiki editor.

Supports a deliberately small markup: **bold**, _italic_, `code`,
[[PageName]] links and blank-line separated paragraphs.
"""
import re

from jinja2 import Environment

_env = Environment(autoescape=False, trim_blocks=True, lstrip_blocks=True)

PREVIEW_TEMPLATE = _env.from_string(
    """<article class="wiki-preview">
  <h1>{{ title }}</h1>
  {% for para in paragraphs %}
  <p>{{ para }}</p>
  {% endfor %}
  <footer>Last edited by {{ author }}</footer>
</article>"""
)

_INLINE_RULES = [
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<!\w)_(.+?)_(?!\w)"), r"<em>\1</em>"),
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\[\[([A-Za-z0-9 ]+)\]\]"),
     lambda m: '<a href="/wiki/{0}">{1}</a>'.format(m.group(1).replace(" ", "_"), m.group(1))),
]


def render_inline(text: str) -> str:
    """Apply the inline markup rules to one paragraph of text."""
    for pattern, replacement in _INLINE_RULES:
        text = pattern.sub(replacement, text)
    return text


def split_paragraphs(source: str) -> list:
    chunks = re.split(r"\n\s*\n", source.strip())
    return [" ".join(chunk.split()) for chunk in chunks if chunk.strip()]


def render_preview(title: str, source: str, author: str) -> str:
    """Render the editor's current buffer as HTML for the preview pane."""
    paragraphs = [render_inline(p) for p in split_paragraphs(source)]
    return PREVIEW_TEMPLATE.render(title=title, paragraphs=paragraphs, author=author)
