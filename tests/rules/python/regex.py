"""Input validation with regular expressions."""
from __future__ import annotations

import re

# ruleid: regex-nested-quantifier
EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+[._-]?)+@[a-zA-Z0-9-]+(\.[a-zA-Z]{2,})+$")
# ok: regex-nested-quantifier
EMAIL_SAFE_RE = re.compile(r"^[a-zA-Z0-9]+(?:[._-][a-zA-Z0-9]+)*[._-]?@[a-zA-Z0-9-]+(?:\.[a-zA-Z]{2,})+$")
# ok: regex-nested-quantifier
USERNAME_RE = re.compile(r"^[a-z][a-z0-9_]{2,29}$")


def is_sentence(text: str) -> bool:
    # ruleid: regex-nested-quantifier
    return re.fullmatch(r"(\w+\s?)*[.!?]", text) is not None


def strip_tags(html: str) -> str:
    # ruleid: regex-nested-quantifier
    return re.sub(
        r"<(.*)*>",
        "",
        html,
    )


def domain_of(host: str) -> str | None:
    # ok: regex-nested-quantifier
    match = re.match(r"^(?:[a-z0-9-]+\.)+([a-z]{2,})$", host)
    return match.group(1) if match else None


def phone_parts(phone: str) -> list[str]:
    # ok: regex-nested-quantifier
    return re.findall(r"(\d{3})-(\d{4})", phone)


SEARCH_PATTERNS = {"words": r"\w+", "numbers": r"\d+"}


def note_matches(note: dict[str, str], keyword: str, ignore_case: bool = True) -> bool:
    flags = re.IGNORECASE if ignore_case else 0
    # ruleid: regex-from-input
    return any(re.search(keyword, note[field], flags) for field in ("title", "body"))


def build_matcher(expression: str, whole_word: bool) -> re.Pattern[str]:
    term = expression.strip()
    # ruleid: regex-from-input
    return re.compile(rf"\b{term}\b" if whole_word else term, re.IGNORECASE)


def word_matcher(keyword: str, whole_word: bool) -> re.Pattern[str]:
    literal = re.escape(keyword)
    expression = rf"\b{literal}\b" if whole_word else literal
    # ok: regex-from-input
    return re.compile(expression)


def literal_matcher(expression: str) -> re.Pattern[str]:
    # ok: regex-from-input
    return re.compile(re.escape(expression.strip()), re.IGNORECASE)


def by_kind(kind: str, text: str) -> list[str]:
    # ok: regex-from-input
    return re.findall(SEARCH_PATTERNS[kind], text)


def digits(count: int, text: str) -> bool:
    # ok: regex-from-input
    return re.fullmatch(rf"\d{{{count}}}", text) is not None


def percent_unquoter(chars: str) -> re.Pattern[str]:
    choices = "|".join(f"{ord(c):02X}" for c in sorted(chars))
    # ok: regex-from-input
    return re.compile(f"((?:%(?:{choices}))+)", re.I)


def tokenize(source: str, rules: list[tuple[re.Pattern[str], str]]) -> list[str]:
    tokens = []
    pos = 0
    for regex, kind in rules:
        # ok: regex-from-input
        m = regex.match(source, pos)
        if m:
            tokens.append(kind)
    return tokens


def block_rules(start: str, end: str) -> list[re.Pattern[str]]:
    def c(x: str) -> re.Pattern[str]:
        # ok: regex-from-input
        return re.compile(x, re.M | re.S)

    return [c(rf"{re.escape(start)}(.*?){re.escape(end)}"), c(r"\s+")]


def highlight(query: str, lines: list[str]) -> list[str]:
    def marked(line: str) -> str:
        # ruleid: regex-from-input
        return re.sub(query, lambda m: f"<mark>{m.group(0)}</mark>", line)

    return [marked(line) for line in lines]


def prompt_filter(lines: list[str]) -> list[str]:
    # ruleid: regex-from-input
    wanted = re.compile(input("pattern: "))
    return [line for line in lines if wanted.search(line)]
