"""Training pairs from real code: safe idioms in popular packages, with the insecure form injected.

1. `fetch`: each requirement of models/data/packages.txt is downloaded from the package registry
   (`pip download --no-deps`) into BUILD/dl; its name, version and licence (from the wheel's or
   sdist's metadata) go to BUILD/lock.json; a package whose licence is not a permissive one
   (GPL family, proprietary, none stated) is recorded and skipped.
2. `mine`: every .py file of the kept packages is parsed; each safe call found (models/data/inject.py)
   gives one pair per insecure variant: region = the injected lines, fixed = the real original,
   before/after = the real neighbouring lines (CONTEXT_LINES). Pairs are de-duplicated on
   (rule, region, fixed, context) and split by package: a package's pairs are all train or all test.
3. `verify`: a pair is kept only when the bundled scanners flag its injected lines and not the original.

Usage: python -m models.data.mine [--packages FILE] [--build DIR] [--out DIR]
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import json
import random
import re
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from collections import Counter
from collections.abc import Iterator
from collections.abc import Sequence
from email.parser import HeaderParser
from pathlib import Path
from typing import Any

from aiharden.repair.prompt import CONTEXT_LINES
from models.data.inject import injections

PACKAGES = Path(__file__).with_name("packages.txt")
_PERMISSIVE = re.compile(r"\b(MIT|BSD|Apache|PSF|Python Software Foundation|ISC|Unlicense|Zlib|MPL|Mozilla Public|HPND|0BSD|CC0|"
                         r"Historical Permission|Public Domain)", re.I)
_COPYLEFT = re.compile(r"\b(A?GPL|LGPL|GNU|Affero|proprietary|commercial|SSPL|BUSL|Elastic License)", re.I)


def requirements(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def _metadata(archive: Path) -> str:
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as z:
            name = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
            return z.read(name).decode("utf-8", "replace")
    if archive.name.endswith(".zip"):
        with zipfile.ZipFile(archive) as z:
            name = min((n for n in z.namelist() if n.endswith("PKG-INFO")), key=len)
            return z.read(name).decode("utf-8", "replace")
    with tarfile.open(archive) as t:
        member = min((m for m in t.getmembers() if m.name.endswith("PKG-INFO")), key=lambda m: len(m.name))
        f = t.extractfile(member)
        return f.read().decode("utf-8", "replace") if f else ""


def licence_of(meta: str) -> str:
    """The licence as the metadata states it: License-Expression, else the classifiers, else the License field."""
    msg = HeaderParser().parsestr(meta)
    expr = (msg.get("License-Expression") or "").strip()
    if expr:
        return expr
    classifiers = [c.split("::")[-1].strip() for c in msg.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return "; ".join(classifiers)
    text = (msg.get("License") or "").strip()
    for phrase, name in _TEXTS:
        if phrase in text:
            return name
    return text.splitlines()[0][:80] if text else ""


_TEXTS = (("Permission is hereby granted, free of charge", "MIT"), ("Redistribution and use in source and binary forms", "BSD"),
          ("Apache License", "Apache"))


def permitted(lic: str) -> bool:
    """Permissive licences only; an OR-expression is fine when one branch is permissive."""
    branches = re.split(r"\s+OR\s+|;|/", lic)
    return any(_PERMISSIVE.search(b) and not _COPYLEFT.search(b) for b in branches)


def fetch(reqs: list[str], build: Path) -> list[dict[str, Any]]:
    """Download each requirement (skipping ones already there) and read its name, version and licence."""
    dl = build / "dl"
    dl.mkdir(parents=True, exist_ok=True)
    have = {_norm(p.name.split("-")[0]) for p in dl.iterdir()}
    for req in reqs:
        if _norm(re.split(r"[=<>!~\[ ]", req)[0]) in have:
            continue
        r = subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--disable-pip-version-check",
                            "-d", str(dl), req], capture_output=True, text=True)
        if r.returncode:
            print(f"{req}: download failed ({r.stderr.strip().splitlines()[-1:] or ['?']})", file=sys.stderr)
    lock = []
    for archive in sorted(dl.iterdir()):
        try:
            msg = HeaderParser().parsestr(_metadata(archive))
        except (StopIteration, ValueError, OSError, tarfile.TarError, zipfile.BadZipFile) as e:
            print(f"{archive.name}: no readable metadata ({e})", file=sys.stderr)
            continue
        lic = licence_of(str(msg))
        lock.append({"name": msg.get("Name", archive.name), "version": msg.get("Version", "?"), "licence": lic,
                     "file": archive.name, "sha256": hashlib.sha256(archive.read_bytes()).hexdigest(),
                     "used": permitted(lic)})
    (build / "lock.json").write_text(json.dumps(lock, indent=1) + "\n", encoding="utf-8")
    return lock


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def sources(archive: Path) -> Iterator[tuple[str, str]]:
    """(path, text) of each .py file in a wheel or sdist."""
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as z:
            for n in z.namelist():
                if n.endswith(".py"):
                    yield n, z.read(n).decode("utf-8", "replace")
    else:
        with tarfile.open(archive) as t:
            for m in t.getmembers():
                if m.isfile() and m.name.endswith(".py"):
                    f = t.extractfile(m)
                    if f:
                        yield m.name, f.read().decode("utf-8", "replace")


def _parses(text: str, header: bool) -> bool:
    try:
        ast.parse(textwrap.dedent(text) + ("    pass\n" if header else ""))
        return True
    except (SyntaxError, ValueError):
        return False


def _imports(tree: ast.Module, lines: list[str]) -> str:
    out = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) and node.end_lineno is not None:
            out += lines[node.lineno - 1 : node.end_lineno]
    return "".join(ln if ln.endswith("\n") else ln + "\n" for ln in out)


def file_pairs(text: str, rng: random.Random) -> Iterator[dict[str, object]]:
    """The file's pairs; each carries the file's imports ("imports", for verification only)."""
    if len(text) > 400_000:
        return
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return
    lines = text.splitlines(keepends=True)
    imports = None
    for inj in injections(tree, lines, rng):
        fixed = "".join(lines[inj.start - 1 : inj.end])
        header = fixed.rstrip().endswith(":")
        if inj.region == fixed or not _parses(inj.region, header) or not _parses(fixed, header):
            continue
        imports = _imports(tree, lines) if imports is None else imports
        yield {"rule_id": inj.rule_id, "cwe": inj.cwe, "variant": inj.variant,
               "before": "".join(lines[max(0, inj.start - 1 - CONTEXT_LINES) : inj.start - 1]), "region": inj.region,
               "after": "".join(lines[inj.end : inj.end + CONTEXT_LINES]), "fixed": fixed, "imports": imports}


_STD = ("os", "pickle", "random", "string", "subprocess", "hashlib", "ssl", "tempfile", "yaml", "jwt", "xml")


def verify(pairs: list[dict[str, object]], chunk: int = 2000) -> list[bool]:
    """Keep a pair when the bundled scanners flag its injected lines (the rule, or its CWE) and not the original.

    Each side is scanned as the file's imports (plus any module the injection newly uses, as the
    gate's import completion would add) followed by the pair's lines.
    """
    from aiharden.scan import scan_texts
    from aiharden.scan.findings import Finding

    keep: list[bool] = []
    for i in range(0, len(pairs), chunk):
        part = pairs[i : i + chunk]
        texts, spans = {}, {}
        for k, p in enumerate(part):
            for side in ("region", "fixed"):
                body = str(p["before"]) + str(p[side]) + str(p["after"])
                extra = "".join(f"import {m}\n" for m in _STD if re.search(rf"\b{m}\.", str(p[side])))
                head = extra + str(p["imports"])
                start = len(head.splitlines()) + len(str(p["before"]).splitlines()) + 1
                texts[f"{side}/{k}.py"] = head + body
                spans[f"{side}/{k}.py"] = (start, start + len(str(p[side]).splitlines()) - 1)
        found: dict[str, list[Finding]] = {}
        for f in scan_texts(texts, timeout=1800).findings:
            found.setdefault(f.path, []).append(f)
        for k, p in enumerate(part):
            def hit(side: str) -> bool:
                s, e = spans[f"{side}/{k}.py"]
                return any((f.rule_id.endswith(str(p["rule_id"])) or int(str(p["cwe"])) in f.cwe) and s <= f.region.start_line <= e
                           for f in found.get(f"{side}/{k}.py", []))
            keep.append(hit("region") and not hit("fixed"))
        print(f"verify: {i + len(part)}/{len(pairs)} scanned, {sum(keep)} kept", file=sys.stderr, flush=True)
    return keep


def test_package(name: str, percent: int) -> bool:
    return int(hashlib.sha256(_norm(name).encode()).hexdigest(), 16) % 100 < percent


def mine(lock: list[dict[str, Any]], build: Path, out: Path, seed: int, test_percent: int, check: bool = True) -> dict[str, object]:
    out.mkdir(parents=True, exist_ok=True)
    seen: set[bytes] = set()
    pairs: list[dict[str, object]] = []
    raw = 0
    for pkg in lock:
        if not pkg["used"]:
            continue
        split = "test" if test_package(pkg["name"], test_percent) else "train"
        rng = random.Random(f"{seed}:{pkg['name']}")
        for path, text in sources(build / "dl" / pkg["file"]):
            for p in file_pairs(text, rng):
                raw += 1
                key = hashlib.sha1(json.dumps([p["rule_id"], p["before"], p["region"], p["after"], p["fixed"]]).encode()).digest()
                if key not in seen:
                    seen.add(key)
                    pairs.append(p | {"split": split, "source": f"{pkg['name']}=={pkg['version']}:{path}", "package": pkg["name"]})
    keep = verify(pairs) if check else [True] * len(pairs)
    stats: dict[str, Counter[str]] = {"rule": Counter(), "rule_unverified": Counter(), "package": Counter(), "split": Counter()}
    with open(out / "mined-train.jsonl", "w", encoding="utf-8") as tr, open(out / "mined-test.jsonl", "w", encoding="utf-8") as te:
        for p, ok in zip(pairs, keep):
            if not ok:
                stats["rule_unverified"][str(p["rule_id"])] += 1
                continue
            p.pop("imports")
            (te if p["split"] == "test" else tr).write(json.dumps(p) + "\n")
            stats["rule"][str(p["rule_id"])] += 1
            stats["package"][str(p.pop("package"))] += 1
            stats["split"][str(p["split"])] += 1
    summary = {"raw": raw, "unique": len(pairs), "verified": sum(keep), **{k: dict(v.most_common()) for k, v in stats.items()}}
    (out / "mined-stats.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--packages", type=Path, default=PACKAGES)
    ap.add_argument("--build", type=Path, default=Path("models/build/packages"))
    ap.add_argument("--out", type=Path, default=Path("models/build/data"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--test-percent", type=int, default=10, help="share of packages whose pairs are all test")
    ap.add_argument("--offline", action="store_true", help="use what BUILD/dl holds, download nothing")
    ap.add_argument("--no-verify", action="store_true", help="keep pairs the scanners do not flag (faster, noisier)")
    a = ap.parse_args(argv)
    lock = fetch([] if a.offline else requirements(a.packages), a.build)
    kept = [p for p in lock if p["used"]]
    print(f"packages: {len(lock)} downloaded, {len(kept)} with a permissive licence, "
          f"skipped: {', '.join(p['name'] + ' (' + p['licence'][:30] + ')' for p in lock if not p['used']) or 'none'}")
    s = mine(lock, a.build, a.out, a.seed, a.test_percent, check=not a.no_verify)
    print(f"pairs: {s['raw']} mined, {s['unique']} after de-duplication, {s['verified']} flagged by the scanners "
          f"({s['split']}); by rule: {s['rule']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
