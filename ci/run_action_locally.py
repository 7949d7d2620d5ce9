"""Run the composite action's `run:` steps locally, in order, the way a GitHub runner would.

    python ci/run_action_locally.py --workspace REPO --event EVENT.json [--input fail-on=high]
        [--preinstalled] [--github-output FILE] [--step-summary FILE]

`uses:` steps (setup-python, upload-sarif) are skipped with a line saying so and whether their
`if:` held: nothing here touches the network. Expressions over inputs, github.*, env.* and
steps.<id>.outputs.* are evaluated; GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY
are temporary files, as on a runner. `--preinstalled` sets AIHARDEN_PREINSTALLED=1, so the install
step keeps the aiharden importable from this Python instead of running pip. The exit code is the
action's: that of the first failing step, else 0.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_TOKEN = re.compile(r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<num>\d+(?:\.\d+)?)|(?P<op>==|!=|&&|\|\||!|\(|\))"
                    r"|(?P<name>[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*))")
_EXPR = re.compile(r"\$\{\{(.*?)\}\}", re.DOTALL)
_SHELLS = {"bash": ["bash", "--noprofile", "--norc", "-eo", "pipefail"], "sh": ["sh", "-e"]}


class Expression:
    """The subset of GitHub's expression language that action metadata uses."""

    def __init__(self, text: str, context: dict[str, Any], status: dict[str, bool]) -> None:
        self.tokens: list[tuple[str, str]] = []
        pos, text = 0, text.strip()
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if not m or m.end() == pos:
                raise ValueError(f"cannot parse expression at {text[pos:]!r}")
            kind = m.lastgroup or ""
            self.tokens.append((kind, m.group(kind)))
            pos = m.end()
        self.i, self.context, self.status = 0, context, status

    def value(self) -> Any:
        out = self._or()
        if self.i != len(self.tokens):
            raise ValueError(f"unexpected {self.tokens[self.i][1]!r}")
        return out

    def _peek(self) -> str:
        return self.tokens[self.i][1] if self.i < len(self.tokens) else ""

    def _or(self) -> Any:
        left = self._and()
        while self._peek() == "||":
            self.i += 1
            right = self._and()
            left = left if truthy(left) else right
        return left

    def _and(self) -> Any:
        left = self._eq()
        while self._peek() == "&&":
            self.i += 1
            right = self._eq()
            left = right if truthy(left) else left
        return left

    def _eq(self) -> Any:
        left = self._unary()
        if self._peek() in ("==", "!="):
            op = self.tokens[self.i][1]
            self.i += 1
            same = _fold(left) == _fold(self._unary())
            return same if op == "==" else not same
        return left

    def _unary(self) -> Any:
        if self._peek() == "!":
            self.i += 1
            return not truthy(self._unary())
        return self._primary()

    def _primary(self) -> Any:
        kind, tok = self.tokens[self.i]
        self.i += 1
        if tok == "(":
            inner = self._or()
            self.i += 1  # ")"
            return inner
        if kind == "str":
            return tok[1:-1].replace("''", "'")
        if kind == "num":
            return float(tok)
        if tok in ("true", "false", "null"):
            return {"true": True, "false": False, "null": None}[tok]
        if self._peek() == "(":
            self.i += 2  # "(" ")": only the status functions, which take no argument
            return self.status[tok]
        node: Any = self.context
        for part in tok.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        return node


def truthy(v: Any) -> bool:
    return v not in (None, False, 0, "")


def _fold(v: Any) -> Any:
    return v.casefold() if isinstance(v, str) else v


def _text(v: Any) -> str:
    return "" if v is None else ("true" if v is True else "false" if v is False else str(v))


def substitute(text: str, context: dict[str, Any], status: dict[str, bool]) -> str:
    return _EXPR.sub(lambda m: _text(Expression(m.group(1), context, status).value()), str(text))


def condition(spec: Any, context: dict[str, Any], status: dict[str, bool]) -> bool:
    expr = _EXPR.sub(lambda m: f"({m.group(1)})", str(spec)) if spec is not None else "success()"
    if not re.search(r"\b(always|success|failure|cancelled)\(", expr):
        expr = f"success() && ({expr})"
    return truthy(Expression(expr, context, status).value())


def read_outputs(path: Path) -> dict[str, str]:
    """A GITHUB_OUTPUT / GITHUB_ENV file: `name=value` lines and `name<<DELIM` blocks; the last value wins."""
    out: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    i = 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delim = line.split("<<", 1)
            end = lines.index(delim, i + 1)
            out[name] = "\n".join(lines[i + 1:end])
            i = end + 1
            continue
        if "=" in line:
            name, value = line.split("=", 1)
            out[name] = value
        i += 1
    return out


def run(action_file: Path, workspace: Path, inputs: dict[str, str], event: Path | None, event_name: str,
        preinstalled: bool, github_output: Path | None, step_summary: Path | None) -> int:
    import yaml

    action = yaml.safe_load(action_file.read_text(encoding="utf-8"))
    declared = action.get("inputs") or {}
    unknown = set(inputs) - set(declared)
    if unknown:
        raise SystemExit(f"run_action_locally: unknown inputs {sorted(unknown)}; the action has {sorted(declared)}")
    values = {name: str(spec.get("default", "")) for name, spec in declared.items()} | inputs
    tmp = Path(tempfile.mkdtemp(prefix="aiharden-action-"))
    summary = step_summary or tmp / "summary.md"
    env = {**os.environ, "GITHUB_ACTIONS": "true", "CI": "true", "GITHUB_WORKSPACE": str(workspace),
           "GITHUB_EVENT_NAME": event_name, "GITHUB_EVENT_PATH": str(event or ""), "RUNNER_TEMP": str(tmp),
           "GITHUB_ACTION_PATH": str(action_file.parent), "PATH": f"{Path(sys.executable).parent}{os.pathsep}"
           f"{os.environ.get('PATH', '')}", **{f"INPUT_{k.replace(' ', '_').upper()}": v for k, v in values.items()}}
    if preinstalled:
        env["AIHARDEN_PREINSTALLED"] = "1"
    context: dict[str, Any] = {
        "inputs": values, "env": env, "steps": {}, "runner": {"os": "Linux", "temp": str(tmp)},
        "github": {"action_path": str(action_file.parent), "workspace": str(workspace), "event_name": event_name,
                   "event_path": str(event or ""),
                   "event": json.loads(event.read_text(encoding="utf-8")) if event else {}},
    }
    rc = 0
    for n, step in enumerate(action["runs"]["steps"], 1):
        name = step.get("name") or step.get("uses") or f"step {n}"
        status = {"success": rc == 0, "failure": rc != 0, "always": True, "cancelled": False}
        record: dict[str, Any] = {"outputs": {}, "outcome": "skipped", "conclusion": "skipped"}
        if step.get("id"):
            context["steps"][step["id"]] = record
        if not condition(step.get("if"), context, status):
            print(f"run_action_locally: not run: {name} (if: {step.get('if', 'success()')})", file=sys.stderr)
            continue
        if "uses" in step:
            with_ = {k: substitute(v, context, status) for k, v in (step.get("with") or {}).items()}
            print(f"run_action_locally: skipped uses: {step['uses']} (its condition held; with: "
                  f"{json.dumps(with_, sort_keys=True)})", file=sys.stderr)
            continue
        files = {key: tmp / f"{n}-{key.lower()}" for key in ("GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH",
                                                              "GITHUB_STEP_SUMMARY")}
        for path in files.values():
            path.write_text("", encoding="utf-8")
        step_env = {**env, **{k: str(p) for k, p in files.items()},
                    **{k: substitute(v, context, status) for k, v in (step.get("env") or {}).items()}}
        script = tmp / f"{n}-script"
        script.write_text(substitute(step["run"], context, status), encoding="utf-8")
        shell = _SHELLS.get(step.get("shell", ""))
        if shell is None:
            raise SystemExit(f"run_action_locally: step {name!r}: shell {step.get('shell')!r} is not bash or sh")
        cwd = workspace / substitute(step.get("working-directory", "."), context, status)
        print(f"run_action_locally: run: {name}", file=sys.stderr)
        proc = subprocess.run([*shell, str(script)], cwd=cwd, env=step_env, check=False)
        record.update(outputs=read_outputs(files["GITHUB_OUTPUT"]))
        record["outcome"] = "success" if proc.returncode == 0 else "failure"
        record["conclusion"] = "success" if proc.returncode == 0 or step.get("continue-on-error") else "failure"
        env.update(read_outputs(files["GITHUB_ENV"]))
        extra_path = files["GITHUB_PATH"].read_text(encoding="utf-8").split()
        env["PATH"] = os.pathsep.join([*reversed(extra_path), env["PATH"]])
        with open(summary, "a", encoding="utf-8") as fh:
            fh.write(files["GITHUB_STEP_SUMMARY"].read_text(encoding="utf-8"))
        if record["conclusion"] == "failure" and rc == 0:
            print(f"run_action_locally: step '{name}' failed with exit code {proc.returncode}", file=sys.stderr)
            rc = proc.returncode
    outputs = {k: substitute(v.get("value", ""), context, {"always": True}) for k, v in
               (action.get("outputs") or {}).items()}
    print(f"run_action_locally: outputs {json.dumps(outputs, sort_keys=True)}", file=sys.stderr)
    if github_output:
        with open(github_output, "a", encoding="utf-8") as fh:
            fh.write("".join(f"{k}={v}\n" for k, v in outputs.items()))
    return rc


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Run ci/action.yml's run: steps locally (uses: steps are skipped).")
    p.add_argument("--action", type=Path, default=HERE / "action.yml", help="the action metadata file")
    p.add_argument("--workspace", type=Path, default=Path.cwd(), help="the checked-out repository (default: .)")
    p.add_argument("--event", type=Path, help="the event payload (GITHUB_EVENT_PATH)")
    p.add_argument("--event-name", default="pull_request", help="GITHUB_EVENT_NAME (default: pull_request)")
    p.add_argument("--input", action="append", default=[], metavar="NAME=VALUE", help="an action input (repeat)")
    p.add_argument("--preinstalled", action="store_true",
                   help="keep the aiharden importable here instead of pip installing it (offline)")
    p.add_argument("--github-output", type=Path, metavar="FILE", help="append the action's outputs here")
    p.add_argument("--step-summary", type=Path, metavar="FILE", help="append the job summary here")
    args = p.parse_args(argv)
    inputs = dict(item.split("=", 1) for item in args.input)
    event = args.event.resolve() if args.event else None
    return run(args.action.resolve(), args.workspace.resolve(), inputs, event, args.event_name, args.preinstalled,
               args.github_output, args.step_summary)


if __name__ == "__main__":
    raise SystemExit(main())
