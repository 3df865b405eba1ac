"""Help pages in the plain style of `git --help` and `pip --help`.

typer's own pages mark every parameter with its Python type (`--quiet <bool>`, `INPUT <path>`,
`{INPUT}`, `N [x>=1]`); these command classes print each parameter as a user types it
(`-j, --jobs N`), its help, and "Required." where it is, and nothing else. Defaults and limits
belong in the help texts, written for people. Only the click API of the parameters is used
(`opts`, `metavar`, `is_flag`, `required`, `help`), which every typer version shares.
"""
from __future__ import annotations

from typing import Any

from typer.core import TyperCommand, TyperGroup


def _is_argument(param: Any) -> bool:
    return getattr(param, "param_type_name", "") == "argument"


def _value_name(param: Any) -> str:
    return param.metavar or (param.name or "value").upper()


def _option_names(param: Any) -> str:
    """`-j, --jobs N`: short names first, then long ones, then the value's name unless a flag."""
    names = ", ".join(sorted(param.opts, key=lambda opt: (opt.startswith("--"), opt)))
    return names if getattr(param, "is_flag", False) else f"{names} {_value_name(param)}"


def _visible(command: Any, ctx: Any) -> list[Any]:
    return [p for p in command.get_params(ctx) if not getattr(p, "hidden", False)]


def usage_pieces(command: Any, ctx: Any) -> list[str]:
    """`[OPTIONS] INPUT -o OUT`: the arguments, then the options that must be given."""
    params = _visible(command, ctx)
    pieces = ["[OPTIONS]"] if any(not _is_argument(p) and not p.required for p in params) else []
    for param in params:
        if _is_argument(param):
            name = _value_name(param) + ("..." if param.nargs != 1 else "")
            pieces.append(name if param.required else f"[{name}]")
    pieces += [f"{min(p.opts, key=len)} {_value_name(p)}" for p in params
               if not _is_argument(p) and p.required]
    return pieces


def write_parameters(command: Any, ctx: Any, formatter: Any) -> None:
    """The Arguments and Options sections: one row per parameter, as it is typed."""
    params = _visible(command, ctx)
    arguments = [(_value_name(p), p.help or "") for p in params if _is_argument(p) and p.help]
    options = [(_option_names(p), " ".join(filter(None, [p.help, "Required." if p.required else ""])))
               for p in params if not _is_argument(p)]
    for title, rows in (("Arguments", arguments), ("Options", options)):
        if rows:
            with formatter.section(title):
                formatter.write_dl(rows)


class HelpCommand(TyperCommand):
    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return usage_pieces(self, ctx)

    def format_options(self, ctx: Any, formatter: Any) -> None:
        write_parameters(self, ctx, formatter)


class HelpGroup(TyperGroup):
    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [*usage_pieces(self, ctx), self.subcommand_metavar]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        write_parameters(self, ctx, formatter)
        commands = [(name, self.get_command(ctx, name)) for name in self.list_commands(ctx)]
        # each command's whole first sentence, wrapped, where click would cut it at ~45 characters
        rows = [(name, cmd.get_short_help_str(limit=1000)) for name, cmd in commands
                if cmd is not None and not cmd.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)
