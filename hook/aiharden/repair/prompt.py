"""The repair model's task format: one implementation for the training recipe and the runtime.

Input: CWE id, rule id, language, up to CONTEXT_LINES context lines each side and the flagged region
(whole lines) between ``<region>`` and ``</region>``. Output: the replacement for the region only.
Identifiers, literals, string pieces (SQL and shell words included) and comments become
placeholders (``VAR_n``, ``STR_n``, ``NUM_n``, ``CMT_n``) numbered from the flagged region first,
so a small model only has to learn the structure of a fix; ``concretize`` maps them back.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import builtins
import keyword

FORMAT_VERSION = 1
CONTEXT_LINES = 3
KINDS = ("VAR", "STR", "NUM", "CMT")
MAX_PER_KIND = 64
CONTROL_TOKENS = ("<cwe>", "<rule>", "<lang>", "<region>", "</region>")
# No left word boundary: a placeholder may follow a printf spec or an escape ("%sSTR_0", "\\nSTR_0").
PLACEHOLDER_RE = re.compile(r"(?:VAR|STR|NUM|CMT)_\d+(?!\d)")

# Names every fix is written with stay literal: keywords, builtins, and the APIs the rules are about.
_API_NAMES = """
self cls os sys subprocess shlex quote run call check_call check_output Popen check shell capture_output text
system popen yaml load safe_load SafeLoader Loader FullLoader UnsafeLoader loads dump dumps safe_dump pickle marshal
json ast literal_eval hashlib md5 sha1 sha256 sha512 blake2b new hexdigest digest update encode decode
secrets token_hex token_urlsafe token_bytes choice randbelow SystemRandom random randint randrange choices
tempfile mktemp mkstemp mkdtemp NamedTemporaryFile TemporaryDirectory delete fdopen chmod stat S_IRUSR S_IWUSR
path join basename realpath abspath normpath commonpath startswith endswith exists environ getenv get
requests urllib urlopen urlparse parse netloc hostname scheme post put head verify timeout
Flask flask app route redirect request args form url_for abort render_template render_template_string
make_response Response debug host port jinja2 Environment Template FileSystemLoader select_autoescape autoescape
Markup markupsafe escape html format replace strip split splitlines re compile match search fullmatch sub
tarfile extractall extract TarFile getmembers members filter data_filter zipfile
ssl create_default_context _create_unverified_context CERT_NONE CERT_REQUIRED check_hostname verify_mode context
xml etree ElementTree cElementTree fromstring XMLParser resolve_entities lxml defusedxml minidom sax
traceback format_exc print_exc logging logger getLogger log info warning error exception critical
sqlite3 psycopg2 pymysql mysql connector sqlalchemy execute executemany cursor connect commit fetchone fetchall
fetchmany conn connection session engine db_session
Crypto Cipher AES DES DES3 ARC4 Blowfish MODE_ECB MODE_GCM MODE_CBC cryptography hazmat algorithms modes Fernet
generate_key SECRET_KEY ALLOWED_HOSTS BASE_DIR ValueError PermissionError KeyError OSError
encoding errors fd read write close params headers stream stdout stderr returncode jsonify lower upper items keys values append extend uuid string
"""
_API_SET = frozenset(_API_NAMES.split()) - frozenset(keyword.kwlist) - frozenset(dir(builtins)) - {"self", "cls"}
KEEP_NAMES = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins)) | frozenset(_API_NAMES.split())
_SQL_WORDS = """
SELECT FROM WHERE AND OR NOT IN IS NULL LIKE INSERT INTO VALUES UPDATE SET DELETE ORDER BY GROUP HAVING LIMIT
OFFSET JOIN LEFT RIGHT INNER OUTER ON AS DISTINCT COUNT CREATE TABLE DROP ALTER ASC DESC UNION ALL EXISTS
BETWEEN HTTP HTTPS UTF
"""
KEEP_STRING_WORDS = frozenset(_SQL_WORDS.split())

_LEX = re.compile(
    r"""(?P<comment>\#[^\n]*)
    |(?P<string>(?i:[rbuf]{0,2})(?:'''[\s\S]*?'''|\"\"\"[\s\S]*?\"\"\"|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"))
    |(?P<name>[^\W\d]\w*)
    |(?P<number>\d[\w.]*)
    |(?P<other>\s+|.)""",
    re.VERBOSE,
)
# Inside a string: escapes and printf specs stay literal, words become placeholders.
_STR_LEX = re.compile(r"(?P<esc>\\.)|(?P<spec>%(?:\(\w+\))?[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGcboa%])|(?P<word>\w+)|(?P<other>[^\w\\%]+|.)", re.S)


def placeholder_tokens() -> list[str]:
    return [f"{k}_{i}" for k in KINDS for i in range(MAX_PER_KIND)]


@dataclass(frozen=True)
class Task:
    cwe: int
    rule_id: str
    language: str
    before: str  # whole lines, each ending in a newline
    region: str
    after: str


@dataclass(frozen=True)
class Encoded:
    text: str  # the model's input
    mapping: dict[str, str]  # placeholder -> original text
    indent: str  # the region's common indent, restored by concretize


class _Abstractor:
    def __init__(self) -> None:
        self.to_ph: dict[tuple[str, str], str] = {}
        self.texts: dict[str, str] = {}
        self.counts = dict.fromkeys(KINDS, 0)
        self.grow = True

    def ph(self, kind: str, text: str) -> str:
        # Keys keep code names and string words apart (a column `name` and a variable `name` are two
        # placeholders); a target may still reuse either (`os.environ["API_TOKEN"]`).
        key = (kind, text)
        if key in self.to_ph:
            return self.to_ph[key]
        if not self.grow:
            other = ("STR" if kind == "VAR" else "VAR", text)
            return self.to_ph.get(other, text)
        if self.counts[kind] >= MAX_PER_KIND:
            return text
        ph = f"{kind}_{self.counts[kind]}"
        self.counts[kind] += 1
        self.to_ph[key] = ph
        self.texts[ph] = text
        return ph

    def code(self, src: str) -> str:
        out: list[str] = []
        toks = list(_LEX.finditer(src))
        depth = 0
        for i, m in enumerate(toks):
            tok = m.group()
            if m.lastgroup == "name":
                out.append(self.ph("VAR", tok) if _is_variable(src, toks, i, depth) else tok)
            elif m.lastgroup == "number":
                out.append(tok if len(tok) <= 6 else self.ph("NUM", tok))
            elif m.lastgroup == "comment":
                out.append(self.ph("CMT", tok))
            elif m.lastgroup == "string":
                out.append(self.string(tok))
            else:
                depth += {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}.get(tok, 0)
                out.append(tok)
        return "".join(out)

    def string(self, tok: str) -> str:
        q = re.search(r"'''|\"\"\"|'|\"", tok)
        assert q is not None
        prefix, quote = tok[: q.start()], q.group()
        body = tok[len(prefix) + len(quote) : len(tok) - len(quote)]
        if "f" not in prefix.lower():
            return prefix + quote + self.words(body) + quote
        out, i, lit = [], 0, []
        while i < len(body):
            if body.startswith(("{{", "}}"), i):
                lit.append(body[i : i + 2])
                i += 2
            elif body[i] == "{":
                j, depth = i + 1, 1
                while j < len(body) and depth:
                    depth += {"{": 1, "}": -1}.get(body[j], 0)
                    j += 1
                out.append(self.words("".join(lit)) + "{" + self.code(body[i + 1 : j - 1]) + ("}" if depth == 0 else ""))
                lit, i = [], j
            else:
                lit.append(body[i])
                i += 1
        return prefix + quote + "".join(out) + self.words("".join(lit)) + quote

    def words(self, body: str) -> str:
        out: list[str] = []
        for m in _STR_LEX.finditer(body):
            tok = m.group()
            keep = m.lastgroup != "word" or tok.upper() in KEEP_STRING_WORDS or tok.isdigit() and len(tok) <= 4
            out.append(tok if keep else self.ph("STR", tok))
        return "".join(out)


def _is_variable(src: str, toks: list[re.Match[str]], i: int, depth: int) -> bool:
    """Abstract a name unless it is kept; an API name used as a variable (`host`, `digest = ...`) is abstracted."""
    tok = toks[i].group()
    if tok not in KEEP_NAMES:
        return True
    if tok not in _API_SET:
        return False
    prev = next((t.group() for t in reversed(toks[:i]) if not t.group().isspace()), "")
    nxt = [t.group() for t in toks[i + 1 : i + 3] if not t.group().isspace()]
    line = src[src.rfind("\n", 0, toks[i].start()) + 1 :].lstrip()
    if prev == "." or line.startswith(("import ", "from ")) or (nxt and nxt[0] in ("(", ".")):
        return False
    kwarg = depth > 0 and nxt[:1] == ["="] and nxt[1:2] != ["="]
    return not kwarg


def _indent_of(lines: list[str]) -> str:
    ind = [re.match(r"[ \t]*", ln).group() for ln in lines if ln.strip()]  # type: ignore[union-attr]
    if not ind:
        return ""
    common = ind[0]
    for s in ind[1:]:
        while not s.startswith(common):
            common = common[:-1]
    return common


def _dedent(text: str, indent: str) -> str:
    lines = text.splitlines(keepends=True)
    return "".join(ln[len(indent) :] if ln.startswith(indent) else ln.lstrip(" \t") for ln in lines)


def abstract(code: str) -> str:
    """Code in placeholders, numbered by first appearance: the one abstraction of training and run time."""
    return _Abstractor().code(code)


def task_at(source: str, start_line: int, end_line: int, cwe: int, rule_id: str, language: str = "python") -> Task:
    """The task for lines start_line..end_line (1-based, inclusive) of source, with CONTEXT_LINES each side."""
    lines = source.splitlines(keepends=True)
    s, e = max(1, start_line), min(len(lines), max(start_line, end_line))
    region = "".join(lines[s - 1 : e])
    return Task(cwe, rule_id, language, "".join(lines[max(0, s - 1 - CONTEXT_LINES) : s - 1]),
                region if region.endswith("\n") else region + "\n", "".join(lines[e : e + CONTEXT_LINES]))


def clip_context(task: Task) -> Task:
    """At most CONTEXT_LINES lines of context each side (the nearest ones), as the runtime gives."""
    before = task.before.splitlines(keepends=True)[-CONTEXT_LINES:] if CONTEXT_LINES else []
    after = task.after.splitlines(keepends=True)[:CONTEXT_LINES]
    return Task(task.cwe, task.rule_id, task.language, "".join(before), task.region, "".join(after))


def encode(task: Task) -> tuple[Encoded, _Abstractor]:
    """Abstract a task into the model's input; the abstractor is kept to abstract a target."""
    indent = _indent_of(task.region.splitlines())
    ab = _Abstractor()
    region = ab.code(_dedent(task.region, indent))
    before = ab.code(_dedent(task.before, indent))
    after = ab.code(_dedent(task.after, indent))
    nl = "" if region.endswith("\n") else "\n"
    text = f"<cwe>{task.cwe}<rule>{task.rule_id}<lang>{task.language}\n{before}<region>\n{region}{nl}</region>\n{after}"
    return Encoded(text, dict(ab.texts), indent), ab


def encode_fitted(task: Task, count: Callable[[str], int], max_len: int) -> tuple[Encoded, _Abstractor]:
    """Encode with at most CONTEXT_LINES context lines each side, dropping the farthest until it fits max_len tokens."""
    task = clip_context(task)
    before, after = task.before.splitlines(keepends=True), task.after.splitlines(keepends=True)
    while True:
        t = Task(task.cwe, task.rule_id, task.language, "".join(before), task.region, "".join(after))
        enc, ab = encode(t)
        if (not before and not after) or count(enc.text) <= max_len:
            return enc, ab
        if len(after) >= len(before):
            after.pop()
        else:
            before.pop(0)


def abstract_target(fixed: str, enc: Encoded, ab: _Abstractor) -> str:
    """The fixed region in the input's placeholders; names new to the fix stay literal."""
    ab.grow = False
    try:
        return ab.code(_dedent(fixed, enc.indent))
    finally:
        ab.grow = True


def concretize(output: str, enc: Encoded) -> str | None:
    """Map placeholders back and restore indentation; None if a placeholder is not in the input."""
    missing = False

    def sub(m: re.Match[str]) -> str:
        nonlocal missing
        if m.group() not in enc.mapping:
            missing = True
            return m.group()
        return enc.mapping[m.group()]

    text = PLACEHOLDER_RE.sub(sub, output)
    if missing:
        return None
    lines = text.splitlines(keepends=True)
    text = "".join(enc.indent + ln if ln.strip() else ln for ln in lines)
    return text if text.endswith("\n") else text + "\n"
