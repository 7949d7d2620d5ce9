"""Load and fill plain-text notification templates (e-mail, SMS) stored on disk."""
import os
from string import Template

TEMPLATE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")
TEMPLATE_ENCODING = "utf-8"


def load_template(name: str) -> str:
    """Return the raw text of template ``name`` (e.g. "email/welcome.txt").

    Any problem (missing file, unreadable file, bad name) yields an empty string so the
    caller can fall back to a default message.
    """
    try:
        base = os.path.realpath(TEMPLATE_DIR)
        template_path = os.path.realpath(os.path.join(base, name))
        if os.path.commonpath([base, template_path]) != base:
            return ""
        with open(template_path, encoding=TEMPLATE_ENCODING) as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError, ValueError):
        return ""


def render(template: str, **values: str) -> str:
    """Load ``template`` and substitute ``$placeholders`` with ``values``.

    Unknown placeholders are left untouched; '' is returned when the template is unavailable.
    """
    text = load_template(template)
    if not text:
        return ""
    return Template(text).safe_substitute(values)
