"""Command line: argparse, dispatch to functions that return an exit code; no logic of its own."""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiharden import __version__
from aiharden.errors import EXIT_INTERNAL
from aiharden.errors import EXIT_INTERRUPTED
from aiharden.errors import EXIT_USAGE
from aiharden.errors import FatalError


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--repo", default=".", help="the repository (default: the current directory)")
    p.add_argument("--sarif", metavar="FILE", help="write SARIF 2.1.0 to FILE")
    p.add_argument("--format", choices=("text", "json"), help="report format on stdout (default: text)")
    p.add_argument("--category", metavar="NAME",
                   help="SARIF runs[].automationDetails.id prefix, for code scanning (default: aiharden)")
    p.add_argument("--fail-on", choices=("none", "low", "medium", "high", "critical"),
                   help="exit 1 when a finding is at or above this severity (default: medium)")
    p.add_argument("--all-lines", action="store_true", default=None,
                   help="report every finding in the changed files, not only on changed lines")
    p.add_argument("--config", metavar="FILE", help="settings file (default: [tool.aiharden] in pyproject.toml)")
    p.add_argument("--no-cache", dest="cache", action="store_false", default=None,
                   help="scan every file afresh instead of reusing semgrep's results for unchanged file contents")
    p.add_argument("--scope", choices=("ai", "all"),
                   help="scan only AI-authored changes (default) or every change; `scan` always scans")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--suggest", dest="repair", action="store_const", const="suggest",
                      help="report verified repairs as patches (default)")
    mode.add_argument("--fix", dest="repair", action="store_const", const="fix",
                      help="write repairs verified by an exploit probe or the project's tests to the working tree "
                           "and exit 1 so you review them")
    mode.add_argument("--fix-all", dest="repair", action="store_const", const="fix-all",
                      help="like --fix, and also write repairs only the static gate could verify")
    mode.add_argument("--no-repair", dest="repair", action="store_const", const="off", help="scan only")
    p.add_argument("--model", metavar="DIR", help="an optimum-exported T5-family model directory")
    p.add_argument("--device", choices=("auto", "cpu", "cuda"), help="where the model runs (default: auto)")
    p.add_argument("--n-best", type=int, metavar="N", help="model candidates per finding (default: 8; 0: none)")
    p.add_argument("--test-cmd", metavar="CMD",
                   help="reject repairs that make this command fail (run in a temporary copy); 'auto': the "
                        "project's pytest files that import the changed module (default in ci when there are any)")
    p.add_argument("--test-timeout", type=float, metavar="SECONDS",
                   help="a --test-cmd run longer than this fails the repair (default: 300)")
    p.add_argument("--repair-sources", metavar="LIST", type=lambda v: tuple(x.strip() for x in v.split(",") if x.strip()),
                   help="where repair candidates come from, comma-separated (default: codemod,rule,model)")
    p.add_argument("--no-probe", dest="probe", action="store_false", default=None,
                   help="skip the exploit probes (repairs are then verified statically or by tests only)")
    p.add_argument("--probe-timeout", type=float, metavar="SECONDS",
                   help="wall-clock limit of one finding's probe (default: 15)")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="aiharden",
        description="Scan AI-authored changes for CWE weaknesses and write SARIF.",
        epilog="exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or environment error, "
               "3 internal error",
    )
    p.add_argument("--version", action="version", version=f"aiharden {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    check = sub.add_parser("check", help="scan the staged changes (the pre-commit entry)")
    check.add_argument("paths", nargs="*", metavar="PATH", help="only these staged files (pre-commit passes them)")
    _common(check)
    ci = sub.add_parser("ci", help="scan a commit range base..head")
    ci.add_argument("--base", metavar="REV", help="the base revision (a pull request's base)")
    ci.add_argument("--head", metavar="REV", help="the head revision (default: HEAD)")
    ci.add_argument("--github", action="store_true", default=None,
                    help="GitHub Actions mode: range from the event, job summary, annotations, step outputs "
                         "(on by default when GITHUB_ACTIONS=true)")
    _common(ci)
    scan = sub.add_parser("scan", help="scan files or folders, whole (no git needed)")
    scan.add_argument("paths", nargs="+", metavar="PATH")
    _common(scan)
    msg = sub.add_parser("check-msg", help="commit-msg stage: scan the staged change when the message has an AI trailer")
    msg.add_argument("message_file", metavar="MSGFILE", help="the commit message file (pre-commit passes it)")
    msg.add_argument("paths", nargs="*", metavar="PATH", help=argparse.SUPPRESS)
    _common(msg)
    detect = sub.add_parser("detect", help="show which changes an AI assistant wrote, with the evidence")
    detect.add_argument("--base", metavar="REV", help="verdicts per commit of base..head (default: the staged change)")
    detect.add_argument("--head", default="HEAD", metavar="REV", help="the head revision (default: HEAD)")
    detect.add_argument("--repo", default=".", metavar="DIR", help="the repository (default: the current directory)")
    detect.add_argument("--format", choices=("text", "json"), help="report format on stdout (default: text)")
    detect.add_argument("--config", metavar="FILE",
                        help="settings file, for agents-file (default: [tool.aiharden] in pyproject.toml)")
    for name, command in sub.choices.items():
        command.set_defaults(parser_of_command=command)  # an unknown flag is reported with this command's usage
    return p


def _run(args: argparse.Namespace) -> int:
    from aiharden import commands

    if args.command == "detect":
        return commands.detect(repo=args.repo, base=args.base, head=args.head, fmt=args.format,
                               config_file=args.config)
    overrides: dict[str, Any] = {"scope": args.scope, "fail_on": args.fail_on, "all_lines": args.all_lines,
                                 "format": args.format, "sarif": args.sarif, "category": args.category, "repair": args.repair,
                                 "model": args.model, "device": args.device, "n_best": args.n_best,
                                 "test_cmd": args.test_cmd, "test_timeout": args.test_timeout, "probe": args.probe,
                                 "repair_sources": args.repair_sources,
                                 "probe_timeout": args.probe_timeout, "cache": args.cache}
    if args.repair == "fix-all":
        overrides.update(repair="fix", fix_level="static")
    if args.command == "check":
        return commands.check(repo=args.repo, paths=args.paths, config_file=args.config, overrides=overrides)
    elif args.command == "ci":
        github = args.github if args.github is not None else os.environ.get("GITHUB_ACTIONS") == "true"
        return commands.ci(repo=args.repo, base=args.base, head=args.head, config_file=args.config,
                           overrides=overrides, github=github)
    elif args.command == "check-msg":
        return commands.check_msg(repo=args.repo, message_file=args.message_file, paths=args.paths,
                                  config_file=args.config, overrides=overrides)
    elif args.command == "scan":
        return commands.scan(paths=args.paths, repo=args.repo, config_file=args.config, overrides=overrides)
    raise AssertionError(args.command)


def _log_traceback() -> str:
    import tempfile
    import traceback

    from aiharden.scan.semgrep import cache_dir

    try:
        log = cache_dir() / "aiharden.log"
        log.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        log = Path(tempfile.gettempdir()) / "aiharden.log"
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(f"aiharden {__version__}, python {sys.version.split()[0]}, argv {sys.argv!r}\n")
        fh.write(traceback.format_exc() + "\n")
    return str(log)


def main(argv: Sequence[str] | None = None) -> int:
    p = parser()
    args, unknown = p.parse_known_args(argv)
    if unknown:
        (getattr(args, "parser_of_command", None) or p).error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.command is None:
        p.print_help()
        return EXIT_USAGE
    try:
        return _run(args)
    except FatalError as e:
        print(f"aiharden: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("aiharden: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, traceback to a log
        if os.environ.get("AIHARDEN_DEBUG"):
            raise
        log = _log_traceback()
        print(f"aiharden: internal error: {type(e).__name__}: {e} (traceback in {log})", file=sys.stderr)
        return EXIT_INTERNAL
