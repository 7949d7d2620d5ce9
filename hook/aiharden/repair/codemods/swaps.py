from __future__ import annotations
from aiharden.repair.codemods.context import Context, Draft

def yaml_load(ctx: Context) -> list[Draft]:
    return []

def eval_call(ctx: Context) -> list[Draft]:
    return []

def pickle_loads(ctx: Context) -> list[Draft]:
    return []

def weak_hash(ctx: Context) -> list[Draft]:
    return []

def random_token(ctx: Context) -> list[Draft]:
    return []

def ssl_context(ctx: Context) -> list[Draft]:
    return []

def mktemp(ctx: Context) -> list[Draft]:
    return []

def chmod(ctx: Context) -> list[Draft]:
    return []
