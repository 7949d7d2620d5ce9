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
MAX_TAGS = 8
MAX_ELEMENTS = 600  # a document stays small: code that refuses large uploads must still parse it


def tags(ctx: Context) -> list[str]:
    """Element names the code looks for: its short literals, and each step of a path (`items/item`)."""
    out: list[str] = []
    for lit in ctx.literals:
        for step in lit.strip("./").split("/") if lit else ():
            if _TAG.fullmatch(step) and step not in out and len(step) < 30:
                out.append(step)
    return out[:MAX_TAGS] or ["item"]


DTD = "probe.dtd"  # planted in the base folder: an external DTD that declares &x; as the secret's text


def document(ctx: Context, value: str, entity: bool, root: str = "doc", internal: bool = False,
             only: str | None = None, dtd: bool = False) -> str:
    """A document with value in every element; entity: a DOCTYPE declaring &x; as the planted secret; internal:
    one declaring &v; as "42", the document's own entity that a parser must keep expanding.

    Which element holds which is not known, so every element holds every name, as deep as MAX_ELEMENTS allows
    (rss > channel > item > title), each with value as its text and every name as an attribute too (code that
    reads `node.get("name")` skips an element without it). only: value in the elements of that name alone, the
    others hold "42" (code that refuses a document whose price is not a number still shows what its title holds)."""
    names = [t for t in tags(ctx) if t != root] or ["item"]
    attrs = "".join(f' {a}="{i}"' for i, a in enumerate(names))
    depth, total = 1, len(names)
    while depth < 4 and total + len(names) ** (depth + 1) <= MAX_ELEMENTS:
        depth, total = depth + 1, total + len(names) ** (depth + 1)

    def level(d: int) -> str:
        inner = level(d - 1) if d > 1 else ""
        return "".join(f"<{t}{attrs}>{value if only in (None, t) else '42'}{inner}</{t}>" for t in names)

    doctype = f'<!DOCTYPE {root} SYSTEM "file://{{WORLD}}/srv/data/{DTD}">' if dtd else \
        f'<!DOCTYPE {root} [<!ENTITY x SYSTEM "file://{{WORLD}}/secret.txt">]>' if entity else \
        f'<!DOCTYPE {root} [<!ENTITY v "42">]>' if internal else ""
    top = value if only is None else "42"
    return f'<?xml version="1.0"?>{doctype}<{root}{attrs}>{top}{level(depth)}</{root}>'


class XML(Family):
    name = "xml"
    cwes = frozenset({611, 776, 827})
    sink = "the XML parser"

    def roots(self, ctx: Context) -> list[str]:
        """The document element: a plain one, or one of the tag names the code looks for (it may check the root)."""
        return ["doc", *tags(ctx)[:2]]

    def benign(self, ctx: Context) -> list[str]:
        plain = [document(ctx, "42", False, root) for root in self.roots(ctx)]
        # a function given a file name rather than the document reads the same documents from disk
        return [*plain, *(document(ctx, "&v;", False, root, internal=True) for root in self.roots(ctx)),
                *(name for name in self.files(ctx) if name.endswith(".xml") and not name.startswith("entity"))]

    def files(self, ctx: Context) -> dict[str, str]:
        """The documents on disk, for a function given a file name: plain, with an internal entity, and with the
        external one (the hostile calls name the last)."""
        roots = list(enumerate(self.roots(ctx)))
        return {**{f"doc{i}.xml": document(ctx, "42", False, root) for i, root in roots},
                **{f"own{i}.xml": document(ctx, "&v;", False, root, internal=True) for i, root in roots},
                **{f"entity{i}.xml": document(ctx, "&x;", True, root) for i, root in roots},
                DTD: '<!ENTITY x "TOP-SECRET canary, declared by an external DTD">\n'}

    def hostile(self, ctx: Context) -> list[Hostile]:
        label = "an external entity naming a local file"
        whole = [Hostile(document(ctx, "&x;", True, root), label) for root in self.roots(ctx)]
        # the entity in one kind of element at a time, under each root the code may check for
        one = [Hostile(document(ctx, "&x;", True, root, only=t), label) for root in self.roots(ctx)[1:]
               for t in tags(ctx) if t != root]
        on_disk = [Hostile(f"entity{i}.xml", label) for i, _ in enumerate(self.roots(ctx))]
        # a DTD of the attacker's choosing, fetched by the parser: what it declares reaches the document
        external = [Hostile(document(ctx, "&x;", False, root, dtd=True), "an external DTD naming a local file")
                    for root in self.roots(ctx)]
        return whole + one + on_disk + external

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        if "TOP-SECRET" in output_text(obs) or any(e["path"].endswith("/secret.txt") for e in events(obs, "open")):
            return "an external entity reads a local file into the document"
        return ""
