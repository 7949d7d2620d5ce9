"""Real repair pairs for the model recipe's tests, made in a temporary folder."""
from __future__ import annotations

from pathlib import Path


def real_pairs_folder(root: Path) -> Path:
    """A tiny folder of real repair pairs in the SVEN layout, so the model recipe's tests need nothing outside the
    repository (the recipe itself reads ../shared/data/repair-pairs)."""
    import json as _json

    folder = root / "real-pairs"
    (folder / "sven").mkdir(parents=True, exist_ok=True)
    records = []
    for n in range(6):
        before = (f"def find_{n}(cur, name):\n    cur.execute(\"SELECT * FROM t{n} WHERE name = '%s'\" % name)\n"
                  "    return cur.fetchall()\n")
        after = before.replace(f"\"SELECT * FROM t{n} WHERE name = '%s'\" % name",
                               f"\"SELECT * FROM t{n} WHERE name = %s\", (name,)")
        records.append({"file_name": f"app{n}.py", "func_src_before": before, "func_src_after": after,
                        "vul_type": "cwe-089", "commit_link": f"https://example.invalid/commit/{n}"})
    (folder / "sven" / "pairs.jsonl").write_text("".join(_json.dumps(r) + "\n" for r in records))
    return folder
