"""XML external entities (CWE-611, 776, 827): a document whose elements (the tag names the function looks up)
hold an external entity pointing at the planted secret. The secret in the output, in an error message, or read
from disk, is the exploit. The same document with plain values must give the same result, and so must one whose
values are an entity the document declares itself (turning every entity off drops those)."""
from __future__ import annotations

import re

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events
from aiharden.probe.family import output_text

_TAG = re.compile(r"[A-Za-z_][\w-]*")


def tags(ctx: Context) -> list[str]:
    out = []
    for lit in ctx.literals:
        last = lit.strip("./").split("/")[-1] if lit else ""
        if _TAG.fullmatch(last) and last not in out and len(last) < 30:
            out.append(last)
    return out[:8] or ["item"]


def document(ctx: Context, value: str, entity: bool, root: str = "doc", internal: bool = False) -> str:
    """A document with value in each element; entity: a DOCTYPE declaring &x; as the planted secret; internal:
    one declaring &v; as "42", the document's own entity that a parser must keep expanding."""
    body = "".join(f"<{t}>{value}</{t}>" for t in tags(ctx) if t != root)
    doctype = f'<!DOCTYPE {root} [<!ENTITY x SYSTEM "file://{{WORLD}}/secret.txt">]>' if entity else \
        f'<!DOCTYPE {root} [<!ENTITY v "42">]>' if internal else ""
    return f'<?xml version="1.0"?>{doctype}<{root}>{body}</{root}>'


class XML(Family):
    name = "xml"
    cwes = frozenset({611, 776, 827})
    sink = "the XML parser"

    def roots(self, ctx: Context) -> list[str]:
        """The document element: a plain one, or one of the tag names the code looks for (it may check the root)."""
        return ["doc", *tags(ctx)[:2]]

    def benign(self, ctx: Context) -> list[str]:
        plain = [document(ctx, "42", False, root) for root in self.roots(ctx)]
        return [*plain, *(document(ctx, "&v;", False, root, internal=True) for root in self.roots(ctx))]

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [Hostile(document(ctx, "&x;", True, root), "an external entity naming a local file")
                for root in self.roots(ctx)]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        if "TOP-SECRET" in output_text(obs) or any(e["path"].endswith("/secret.txt") for e in events(obs, "open")):
            return "an external entity reads a local file into the document"
        return ""
