"""Identifier pools for the synthetic pairs: two disjoint pools, so the test split has unseen names."""
from __future__ import annotations

import random

from aiharden.repair.prompt import KEEP_NAMES

_WORDS = """
user account order item product customer invoice payment report file record entry profile
member group team project task ticket event message comment post article page image photo
document upload download backup archive config setting option param query result row column
table schema index key token session cookie header body content payload source target dest
input output buffer stream chunk block line word name label title tag category status state
level count total amount price cost rate score rank limit offset start end begin stop first
last next prev parent child node tree graph edge link url host port addr domain region zone
city country street phone email address owner admin guest client server worker job queue
batch step stage phase round turn game player card deck board move level map grid cell
vendor supplier stock store shop cart basket coupon discount ship package box crate pallet
sensor device meter reading sample metric alert alarm signal channel topic feed note memo
draft version release build commit branch patch repo module plugin widget panel view form
field value flag mode kind type unit size width height depth color style font theme skin
""".split()
_WORDS = [w for w in dict.fromkeys(_WORDS) if w not in KEEP_NAMES]
_SUFFIXES = ["id", "name", "path", "dir", "data", "info", "list", "ids", "num", "str", "obj", "val", "text", "code", "ref"]
_CMDS = """
ls cat grep tar gzip zip unzip rsync scp convert ffmpeg ping curl wget git make df du find sort
head tail wc cut awk sed chmod chown cp mv rm mkdir touch echo date whoami pdftotext identify
""".split()


_API_VARS = ["host", "path", "digest", "text", "context", "session", "conn", "connection", "url", "params", "headers",
             "stream", "encoding", "password", "engine", "logger", "members", "data_filter", "request_data"]


class Pool:
    """Random identifiers from one half of the word list (half 0: train, half 1: test)."""

    def __init__(self, half: int, rng: random.Random) -> None:
        self.words = _WORDS[half::2]
        self.suffixes = _SUFFIXES[half::2] + _SUFFIXES[2:5]
        self.cmds = _CMDS[half::2]
        self.rng = rng

    def word(self) -> str:
        return self.rng.choice(self.words)

    def var(self) -> str:
        r = self.rng.random()
        if r < 0.08:  # API words used as plain variables (the task format abstracts them there)
            return self.rng.choice(_API_VARS)
        if r < 0.35:
            return self.word()
        if r < 0.75:
            return f"{self.word()}_{self.rng.choice(self.suffixes)}"
        if r < 0.9:
            return f"{self.word()}_{self.word()}"
        a, b = self.word(), self.word()
        return a + b[0].upper() + b[1:]

    def vars(self, n: int) -> list[str]:
        out: list[str] = []
        while len(out) < n:
            v = self.var()
            if v not in out:
                out.append(v)
        return out

    def func(self) -> str:
        verb = self.rng.choice(["get", "load", "fetch", "find", "update", "delete", "save", "process", "handle", "sync", "run", "check"])
        return f"{verb}_{self.word()}"

    def cls(self) -> str:
        return "".join(w.capitalize() for w in (self.word(), self.rng.choice(["Service", "Repo", "Store", "Manager", "Handler", "Client"])))

    def cmd(self) -> str:
        return self.rng.choice(self.cmds)

    def flag(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            return "-" + "".join(self.rng.sample("abcdefhlnqrsvxz", self.rng.randint(1, 3)))
        return "--" + self.word() + ("-" + self.word() if r > 0.8 else "")

    def literal_word(self) -> str:
        return self.word() + self.rng.choice(["", ".txt", ".log", ".csv", ".json", "s", "_v2"])

    def comment(self) -> str:
        return "# " + self.rng.choice(["TODO: ", "NOTE: ", "", "FIXME ", ""]) + " ".join(self.rng.sample(self.words, self.rng.randint(1, 4)))
