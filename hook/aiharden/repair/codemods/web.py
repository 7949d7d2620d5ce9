from __future__ import annotations
from aiharden.repair.codemods.context import Context, Draft

def log_injection(ctx: Context) -> list[Draft]:
    return []

def traceback_exposed(ctx: Context) -> list[Draft]:
    return []

def open_user_path(ctx: Context) -> list[Draft]:
    return []

def markup_escape(ctx: Context) -> list[Draft]:
    return []
