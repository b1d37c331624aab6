"""The `legtwitch` command: a thin Typer app over `legtwitch.services`.

Each command group lives in its own module and registers itself on `app` here. Errors that legtwitch
raises on purpose become one plain sentence on stderr and exit code 2; nothing else is printed.
"""

from __future__ import annotations

import sys

import typer

from legtwitch.errors import LegtwitchError

app = typer.Typer(
    name="legtwitch",
    help="Possible causes of leg twitching, whether to see a doctor, and your own triggers. "
    "Not a diagnosis.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: importing typer's rich formatting costs ~0.2 s at start-up
)


def _register() -> None:
    # Imported here so that each module can import `app` from this package.
    from legtwitch.cli import (  # noqa: F401
        assess,
        diary,
        experiment,
        insights,
        kb,
        log,
        parse,
        transfer,
    )


def main() -> None:
    _register()
    try:
        app()
    except LegtwitchError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("Stopped; nothing was saved.", err=True)
        sys.exit(130)
