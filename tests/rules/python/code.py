"""Turning text into values and behaviour."""
from __future__ import annotations

import ast
import json
import types
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from flask import render_template_string


def parse_overrides(pairs: list[str]) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    for pair in pairs:
        key, _, raw = pair.partition("=")
        # ruleid: eval-call
        overrides[key] = eval(raw)
    return overrides


class Calculator:
    def evaluate(self, expression: str) -> float:
        # ruleid: eval-call
        return float(eval(expression, {"__builtins__": {}}, {}))


def parse_overrides_safe(pairs: list[str]) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    for pair in pairs:
        key, _, raw = pair.partition("=")
        # ok: eval-call
        overrides[key] = ast.literal_eval(raw)
    return overrides


def constant() -> int:
    # ok: eval-call
    return eval("1 + 2")


def load_plugin_settings(path: Path) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    # ruleid: exec-call
    exec(path.read_text(encoding="utf-8"), {}, namespace)
    return namespace


def run_hook(hook_source: str, context: dict[str, Any]) -> None:
    code = compile(hook_source, "<hook>", "exec")
    # ruleid: exec-call
    exec(code, context)


def run_compiled(code: CodeType, namespace: dict[str, Any]) -> None:
    # ok: exec-call
    exec(code, namespace)


def raise_at_line(lineno: int, exc: BaseException) -> None:
    code: CodeType = compile("\n" * (lineno - 1) + "raise exc", "<template>", "exec")
    # ok: exec-call
    exec(code, {"exc": exc})


def evaluate_compiled(expression: types.CodeType, names: dict[str, Any]) -> Any:
    # ok: eval-call
    return eval(expression, {}, names)


def run_settings(source: str, namespace: dict[str, Any]) -> None:
    # ruleid: exec-call
    exec(compile(source, "<settings>", "exec"), namespace)


class Transform:
    def __init__(self, source: str) -> None:
        self.code = compile(source, "<transform>", "exec")

    def apply(self, record: dict[str, Any]) -> None:
        # ruleid: exec-call
        exec(self.code, {}, record)


def load_plugin_settings_safe(path: Path) -> dict[str, Any]:
    # ok: exec-call
    return json.loads(path.read_text(encoding="utf-8"))


def define_helper(namespace: dict[str, Any]) -> None:
    # ok: exec-call
    exec("def helper():\n    return 42", namespace)


def greeting_card(name: str) -> str:
    # ruleid: template-built-from-values
    return render_template_string(f"<h1>Happy birthday, {name}!</h1>")


def greeting_card_safely(name: str) -> str:
    # ok: template-built-from-values
    return render_template_string("<h1>Happy birthday, {{ name }}!</h1>", name=name)


def footer(company: str, year: int) -> str:
    source = "<footer>&copy; %s %d</footer>" % (company, year)
    # ruleid: template-built-from-values
    return jinja2.Template(source).render()


def footer_safely(company: str, year: int) -> str:
    source = "<footer>&copy; {{ company }} {{ year }}</footer>"
    # ok: template-built-from-values
    return jinja2.Template(source).render(company=company, year=year)
