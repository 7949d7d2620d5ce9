"""A string built from pieces (a template literal, a `+` chain of strings and values), read as literal parts and
values: what SQL and command codemods rewrite."""
from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from aiharden.repair.js.tree import Source


@dataclass
class Lit:
    start: int  # byte span of the literal text, quotes excluded
    end: int
    quote: str  # the JavaScript quote around it: ' " or `


@dataclass
class Val:
    node: Node
    holder: Node  # what carries it in the source: the `${...}` of a template, else the value itself


def flatten(src: Source, node: Node) -> list[Lit | Val] | None:
    """The literal parts and values of a built string, in order; a non-string node is one value."""
    if node.type == "template_string":
        out: list[Lit | Val] = []
        pos = node.start_byte + 1
        for c in node.named_children:
            if c.type == "template_substitution":
                out.append(Lit(pos, c.start_byte, "`"))
                inner = [x for x in c.named_children if x.type != "comment"]
                if len(inner) != 1:
                    return None
                out.append(Val(inner[0], c))
                pos = c.end_byte
        out.append(Lit(pos, node.end_byte - 1, "`"))
        return out
    if node.type == "string":
        return [Lit(node.start_byte + 1, node.end_byte - 1, src.t(node)[0])]
    if node.type == "binary_expression" and (op := node.child_by_field_name("operator")) is not None \
            and op.type == "+":
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        a = flatten(src, left) if left is not None else None
        b = flatten(src, right) if right is not None else None
        return None if a is None or b is None else a + b
    return [Val(node, node)]


