from __future__ import annotations
from aiharden.repair.codemods.context import Context, Draft

def verify(ctx: Context) -> list[Draft]:
    return []

def jinja2_autoescape(ctx: Context) -> list[Draft]:
    return []

def flask_debug(ctx: Context) -> list[Draft]:
    return []

def tarfile_filter(ctx: Context) -> list[Draft]:
    return []

def requests_timeout(ctx: Context) -> list[Draft]:
    return []

def xml_entities(ctx: Context) -> list[Draft]:
    return []
