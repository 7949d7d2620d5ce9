"""Synthetic command-injection pairs: shell strings fixed into argument lists."""
from __future__ import annotations

import random

from models.data.names import Pool

Word = list[tuple[str, str]]  # pieces of one shell word: ("lit", text) or ("val", expression)


def _command(p: Pool, rng: random.Random) -> list[Word]:
    words: list[Word] = [[("lit", p.cmd())]]
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.3:
            words.append([("lit", p.flag())])
        elif r < 0.75:
            words.append([("val", p.var())])
        elif r < 0.85:
            words.append([("val", p.var()), ("lit", rng.choice([".tar.gz", ".txt", ".bak", "/"]) )])
        else:
            words.append([("lit", rng.choice(["/tmp/", "./", "out/", "/var/"])), ("val", p.var())])
    if not any(k == "val" for w in words for k, _ in w):
        words.append([("val", p.var())])
    return words


def _render(words: list[Word], style: str, rng: random.Random) -> str:
    vals = [e for w in words for k, e in w if k == "val"]
    if style == "fstring":
        return 'f"' + " ".join("".join(e if k == "lit" else "{" + e + "}" for k, e in w) for w in words) + '"'
    if style == "percent":
        s = '"' + " ".join("".join(e if k == "lit" else "%s" for k, e in w) for w in words) + '"'
        return s + " % " + (vals[0] if len(vals) == 1 else "(" + ", ".join(vals) + ")")
    if style == "format":
        return '"' + " ".join("".join(e if k == "lit" else "{}" for k, e in w) for w in words) + '".format(' + ", ".join(vals) + ")"
    pieces: list[tuple[str, str]] = []
    for i, w in enumerate(words):
        for k, e in ([("lit", " ")] if i else []) + w:
            if k == "lit" and pieces and pieces[-1][0] == "lit":
                pieces[-1] = ("lit", pieces[-1][1] + e)
            else:
                pieces.append((k, e))
    return " + ".join(f'"{e}"' if k == "lit" else e for k, e in pieces)


def _arglist(words: list[Word]) -> str:
    items = []
    for w in words:
        if len(w) == 1:
            k, e = w[0]
            items.append(f'"{e}"' if k == "lit" else e)
        else:
            items.append('f"' + "".join(e if k == "lit" else "{" + e + "}" for k, e in w) + '"')
    return "[" + ", ".join(items) + "]"


def shell(p: Pool, rng: random.Random, rule: str) -> tuple[str, str, list[str]]:
    words = _command(p, rng)
    style = rng.choice(["fstring", "fstring", "percent", "format", "concat"])
    if rng.random() < 0.15:
        cmdv = rng.choice(["cmd", "command", p.var()])
        vs, args = cmdv, f"shlex.split({cmdv})"
    else:
        vs, args = _render(words, style, rng), _arglist(words)
    tgt = rng.choice(["", "", f"{p.var()} = "])
    if rule == "os-system-call":
        if tgt:
            return f"{tgt}os.system({vs})", f"{tgt}subprocess.run({args}, check=False).returncode", []
        return f"os.system({vs})", f"subprocess.run({args}, check=True)", []
    if rule == "os-popen-call":
        t = tgt or f"{p.var()} = "
        return f"{t}os.popen({vs}).read()", f"{t}subprocess.run({args}, capture_output=True, text=True, check=True).stdout", []
    fn = rng.choice(["run", "run", "call", "check_call", "check_output", "Popen"])
    kw = rng.sample(["capture_output=True", "text=True", "cwd=" + p.var(), "timeout=60", "env=" + p.var()], rng.randint(0, 2))
    if fn in ("check_output", "Popen"):
        kw = [k for k in kw if not k.startswith("capture")] + (["stdout=subprocess.PIPE"] if fn == "Popen" and rng.random() < 0.5 else [])
    pos = rng.randint(0, len(kw))
    vkw = kw[:pos] + ["shell=True"] + kw[pos:]
    ffn, fkw = ("run", ["check=True"] + kw) if fn in ("run", "call") else (fn, kw)
    if fn == "run" and rng.random() < 0.4:
        vkw.append("check=True")
    vuln = f"{tgt}subprocess.{fn}({', '.join([vs] + vkw)})"
    fixed = f"{tgt}subprocess.{ffn}({', '.join([args] + fkw)})"
    return vuln, fixed, []
