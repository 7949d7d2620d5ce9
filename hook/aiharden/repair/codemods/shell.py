"""CWE-78: a shell command string → an argument list run without a shell."""
from __future__ import annotations

import re
from typing import cast

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods import flow
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.shellwords import Argv
from aiharden.repair.codemods.context import walk
from aiharden.repair.codemods.shellwords import argv
from aiharden.repair.codemods.shellwords import pipeline
from aiharden.repair.codemods.strings import literal_text

_SHELLS = {"sh", "bash", "dash", "zsh", "ksh"}
_SUBPROCESS = {f"subprocess.{f}" for f in ("run", "call", "check_call", "check_output", "Popen")}


def propose(ctx: Context) -> list[Draft]:
    drafts: list[Draft] = []
    for call in ctx.find(cst.Call):
        name = ctx.qualname(call.func)
        if name in _SUBPROCESS:
            draft = _shell_true(ctx, call)
        elif name == "os.system":
            draft = _os_system(ctx, call)
        elif name == "subprocess.getoutput":
            draft = _getoutput(ctx, call)
        elif name == "asyncio.create_subprocess_shell":
            draft = _asyncio_shell(ctx, call)
        elif isinstance(call.func, cst.Attribute) and call.func.attr.value in ("read", "readlines"):
            draft = _os_popen(ctx, call)
        elif name == "os.popen" and not _read_at_once(ctx, call):
            draft = _os_popen_stream(ctx, call)
        else:
            draft = None
        if draft is not None:
            drafts.append(draft)
    lists = ctx.find(cst.List, _is_sh_c)
    for call in ctx.find(cst.Call, lambda c: ctx.qualname(c.func) in _SUBPROCESS and bool(c.args)):
        # `cmd = ["sh", "-c", ...]` a few lines above `subprocess.run(cmd)`
        first = call.args[0].value
        assign = flow.assignment_before(ctx, call, first.value) if isinstance(first, cst.Name) else None
        if assign is not None and isinstance(assign.value, cst.List) and _is_sh_c(assign.value):
            lists.append(assign.value)
    for lst in lists:
        command = argv(ctx, lst.elements[2].value)
        if command is not None and not command.devnull:
            drafts.append(Draft("sh-c-to-argv", {lst: cst.parse_expression(command.code)}))
    return drafts


def _is_sh_c(lst: cst.List) -> bool:
    """["sh", "-c", "<command>"]: an argument list that still runs a shell."""
    e = lst.elements
    if len(e) != 3 or any(isinstance(x, cst.StarredElement) for x in e):
        return False
    shell, flag = literal_text(e[0].value), literal_text(e[1].value)
    return shell is not None and shell.rsplit("/", 1)[-1] in _SHELLS and flag == "-c"


def _command(ctx: Context, call: cst.Call, cmd: cst.BaseExpression) -> tuple[Argv, cst.Assign | None] | None:
    """The argv for cmd, read through `cmd = "..."` earlier in the function when cmd is a name."""
    if not isinstance(cmd, cst.Name):
        found = argv(ctx, cmd)
        return None if found is None else (found, None)
    assign = flow.assignment_before(ctx, call, cmd.value)
    found = argv(ctx, assign.value) if assign is not None else None
    return None if found is None or assign is None else (found, assign)


def _devnull(ctx: Context, streams: tuple[str, ...]) -> tuple[list[str], tuple[str, ...]]:
    """Keyword arguments for streams sent to /dev/null, and the import they need."""
    mod = next((local for local, full in ctx.aliases.items() if full == "subprocess"), "subprocess")
    return [f"{s}={mod}.DEVNULL" for s in streams], (("subprocess",) if streams and mod == "subprocess" else ())


def _shell_true(ctx: Context, call: cst.Call) -> Draft | None:
    shell = calls.kwarg(call, "shell")
    args = calls.positional(call)
    if shell is None or not calls.is_true(shell.value) or not args or calls.kwarg(call, "executable") is not None:
        return None
    cmd = args[0].value
    if isinstance(cmd, (cst.List, cst.Tuple)):
        return Draft("shell-false", {call: calls.remove_arg(call, shell)})
    found = _command(ctx, call, cmd)
    if found is None:
        return _pipeline(ctx, call, shell)
    command, assign = found
    if command.devnull and any(calls.kwarg(call, k) is not None for k in (*command.devnull, "capture_output")):
        return None
    new = call if assign is not None else calls.replace_arg(call, args[0], cst.parse_expression(command.code))
    new = calls.remove_arg(new, next(a for a in new.args if a.keyword is not None and a.keyword.value == "shell"))
    kwargs, imports = _devnull(ctx, command.devnull)
    for k in kwargs:
        name, value = k.split("=", 1)
        new = calls.set_kwarg(new, name, cst.parse_expression(value))
    return _draft("shell-to-argv", call, new, command, assign, imports)


def _pipeline(ctx: Context, call: cst.Call, shell: cst.Arg) -> Draft | None:
    """`subprocess.run("a | b | c", shell=True, ...)` (or `cd DIR && a | b`): each command started with its own
    argument list, each reading the one before through a pipe, the last run as the call ran the whole line (its
    output, exit status and keyword arguments), the folder given as cwd; the pipes closed and waited for after."""
    if ctx.qualname(call.func) not in _RUNS:
        return None
    stmt = ctx.statement_of(call)
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1 or not isinstance(
            stmt.body[0], (cst.Assign, cst.Expr)):
        return None  # the pipes are closed after the statement: a `return` leaves no place for that
    cmd = calls.positional(call)[0].value
    assign = flow.assignment_before(ctx, call, cmd.value) if isinstance(cmd, cst.Name) else None
    if isinstance(cmd, cst.Name) and (assign is None or _uses(ctx, call, cmd.value) != 1):
        return None  # the command text is used elsewhere too: it has to stay
    found = pipeline(ctx, assign.value if assign is not None else cmd)
    taken = {k.keyword.value for k in call.args if k.keyword is not None}
    if found is None or found.cwd and "cwd" in taken or found.devnull and taken & {*found.devnull, "capture_output"}:
        return None
    mod = next((local for local, full in ctx.aliases.items() if full == "subprocess"), "subprocess")
    shared = "".join(f", {k}={ctx.code(calls.kwarg(call, k).value)}" for k in ("env",) if k in taken)  # type: ignore[union-attr]
    shared += f", cwd={found.cwd}" if found.cwd else ""
    names = _fresh(ctx, "stage", len(found.stages) - 1)
    started = [cst.parse_statement(
        f"{n} = {mod}.Popen({argv}{f', stdin={names[i - 1]}.stdout' if i else ''}, stdout={mod}.PIPE{shared})\n",
        config=ctx.module.config_for_parsing) for i, (n, argv) in enumerate(zip(names, found.stages))]
    new = calls.remove_arg(calls.replace_arg(call, calls.positional(call)[0], cst.parse_expression(found.stages[-1])),
                           shell)
    extra = [*([f"stdin={names[-1]}.stdout"] if names else []), *([f"cwd={found.cwd}"] if found.cwd else []),
             *_devnull(ctx, found.devnull)[0]]
    for k in extra:
        key, value = k.split("=", 1)
        new = calls.set_kwarg(new, key, cst.parse_expression(value))
    kept = cast(cst.BaseStatement, stmt.deep_replace(call, new))
    after: list[cst.BaseStatement] = []
    if names:
        (each,) = _fresh(ctx, "stage", 1, taken=set(names))
        after = [cst.parse_statement(f"for {each} in ({', '.join(names)}{',' if len(names) == 1 else ''}):\n    {each}.stdout.close()\n"
                                     f"    {each}.wait()\n", config=ctx.module.config_for_parsing)]
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    if assign is not None:
        out[cast(cst.CSTNode, ctx.statement_of(assign))] = cst.FlattenSentinel(started)  # type: ignore[assignment]
        started = []
    out[stmt] = cst.FlattenSentinel([*started, kept, *after])  # type: ignore[assignment]
    return Draft("shell-pipeline-to-argv", out, ("subprocess",) if mod == "subprocess" else ())


_RUNS = {f"subprocess.{f}" for f in ("run", "call", "check_call", "check_output")}


def _uses(ctx: Context, call: cst.Call, name: str) -> int:
    """How often the function around call reads name."""
    fn = next((a for a in ctx.ancestors(call) if isinstance(a, cst.FunctionDef)), ctx.module)
    return sum(1 for n in walk(fn) if isinstance(n, cst.Name) and n.value == name and not isinstance(
        ctx.parent(n), (cst.AssignTarget, cst.Param)))


def _fresh(ctx: Context, stem: str, n: int, taken: set[str] | None = None) -> list[str]:
    """n names stem1, stem2, ... (or stem alone for one) that the file does not use."""
    used = set(re.findall(r"\w+", ctx.source)) | (taken or set())
    for prefix in (stem, f"_{stem}", f"{stem}_proc", f"_{stem}_proc"):
        names = [prefix] if n == 1 and taken else [f"{prefix}{i}" for i in range(1, n + 1)]
        if not used & set(names):
            return names
    return [f"_{stem}_{i}_{len(ctx.source)}" for i in range(1, n + 1)]


def _os_system(ctx: Context, call: cst.Call) -> Draft | None:
    args = calls.positional(call)
    if len(call.args) != 1 or len(args) != 1:
        return None
    found = _command(ctx, call, args[0].value)
    if found is None:
        return None
    command, assign = found
    kwargs = [f"{s}=subprocess.DEVNULL" for s in command.devnull]
    run_args = ", ".join([ctx.code(args[0].value) if assign else command.code, *kwargs, "check=False"])
    used = not isinstance(ctx.parent(call), cst.Expr)
    code = f"subprocess.run({run_args})" + (".returncode" if used else "")
    return _draft("os-system-to-subprocess", call, cst.parse_expression(code), command, assign, ("subprocess",))


def _getoutput(ctx: Context, call: cst.Call) -> Draft | None:
    args = calls.positional(call)
    found = _command(ctx, call, args[0].value) if len(call.args) == 1 and len(args) == 1 else None
    if found is None or found[0].devnull:
        return None
    command, assign = found
    # getoutput: stdout and stderr together, one trailing newline removed, any exit status
    run_args = ctx.code(args[0].value) if assign else command.code
    code = (
        f"subprocess.run({run_args}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)"
        '.stdout.removesuffix("\\n")'
    )
    return _draft("getoutput-to-run", call, cst.parse_expression(code), command, assign, ("subprocess",))


def _asyncio_shell(ctx: Context, call: cst.Call) -> Draft | None:
    args = calls.positional(call)
    found = _command(ctx, call, args[0].value) if args and call.args[0] is args[0] else None
    if found is None or found[0].devnull:
        return None
    command = cst.parse_expression(found[0].code)
    assert isinstance(command, cst.List)
    comma = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    # a command held in a name becomes the argument list there, spread into the call
    spread = [cst.Arg(args[0].value, star="*", comma=call.args[0].comma)] if found[1] is not None else [
        cst.Arg(e.value, comma=comma) for e in command.elements]
    new = call.with_changes(
        func=cst.parse_expression(ctx.code(call.func).replace("create_subprocess_shell", "create_subprocess_exec")),
        args=[*spread, *call.args[1:]],
    )
    if len(call.args) == 1:
        last = new.args[-1]
        new = new.with_changes(args=[*new.args[:-1], last.with_changes(comma=cst.MaybeSentinel.DEFAULT)])
    return _draft("shell-to-exec", call, new, found[0], found[1], ())


def _os_popen(ctx: Context, call: cst.Call) -> Draft | None:
    """os.popen(cmd).read() / .readlines() → subprocess.run(argv, ...).stdout (split into lines)."""
    assert isinstance(call.func, cst.Attribute)
    inner = call.func.value
    if call.args or not isinstance(inner, cst.Call) or ctx.qualname(inner.func) != "os.popen":
        return None
    tail = ".stdout" if call.func.attr.value == "read" else ".stdout.splitlines(keepends=True)"
    # popen leaves stderr alone; with stderr silenced, capture stdout only
    return _popen_as_run(ctx, inner, call, "{run}" + tail, "capture_output=True", ("subprocess",))


def _read_at_once(ctx: Context, call: cst.Call) -> bool:
    """os.popen(...).read() / .readlines(): _os_popen's shape."""
    attr = ctx.parent(call)
    return isinstance(attr, cst.Attribute) and attr.attr.value in ("read", "readlines") and isinstance(
        ctx.parent(attr), cst.Call)


def _os_popen_stream(ctx: Context, call: cst.Call) -> Draft | None:
    """`with os.popen(cmd) as pipe:` (or a pipe kept in a name) → the command's output in an io.StringIO, which
    reads, iterates and closes like the pipe did (its close() no longer reports the exit status)."""
    return _popen_as_run(ctx, call, call, "io.StringIO({run}.stdout)", "stdout=subprocess.PIPE", ("io", "subprocess"))


def _popen_as_run(ctx: Context, popen: cst.Call, replaced: cst.Call, shape: str, streams: str,
                  imports: tuple[str, ...]) -> Draft | None:
    """replaced rewritten as shape, with {run} the popen's command run as an argument list without a shell."""
    if len(popen.args) != 1 or popen.args[0].keyword is not None:
        return None
    found = _command(ctx, popen, popen.args[0].value)
    if found is None or "stdout" in found[0].devnull:
        return None
    command, assign = found
    if command.devnull:  # 2>/dev/null
        streams = "stdout=subprocess.PIPE, stderr=subprocess.DEVNULL"
    run_args = ctx.code(popen.args[0].value) if assign else command.code
    code = shape.format(run=f"subprocess.run({run_args}, {streams}, text=True, check=False)")
    return _draft("os-popen-to-subprocess", replaced, cst.parse_expression(code), command, assign, imports)


def _draft(
    name: str,
    call: cst.Call,
    new: cst.BaseExpression,
    command: Argv,
    assign: cst.Assign | None,
    imports: tuple[str, ...],
) -> Draft:
    out: dict[cst.CSTNode, cst.CSTNode] = {call: new}
    if assign is not None:
        out[assign.value] = cst.parse_expression(command.code)
    return Draft(name, out, imports)
