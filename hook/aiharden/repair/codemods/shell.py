from __future__ import annotations
from aiharden.repair.codemods.context import Context, Draft

def propose(ctx: Context) -> list[Draft]:
    return []
