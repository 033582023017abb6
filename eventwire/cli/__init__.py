"""The ``eventwire`` command line. Command groups live in sibling modules with a ``register(app)``."""

from __future__ import annotations

import importlib
import os
import sys
import traceback

import click
import typer

from ..errors import EventwireError, render

try:  # Typer >= 0.20 ships its own copy of Click; its usage errors are not click's.
    from typer._click.exceptions import ClickException as _TyperClickException
except ImportError:  # pragma: no cover - older Typer raises click's own
    _TyperClickException = click.ClickException  # type: ignore[misc,assignment]

_CLICK_ERRORS = (click.ClickException, _TyperClickException)

def _hide_flag_types() -> None:
    """Typer 0.29's rich help prints a ``<bool>`` type beside flags, which take no value; show nothing there."""
    from typer.core import TyperOption

    shown = TyperOption.display_type_rich

    def display_type_rich(self: TyperOption, ctx: click.Context) -> str | None:
        if getattr(self, "is_flag", False) and self.metavar is None:
            return None
        return shown(self, ctx)  # type: ignore[arg-type]

    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign,assignment]


_hide_flag_types()

app = typer.Typer(
    name="eventwire",
    help="News articles to structured, source-attributed event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = ("extract", "evaluate", "gazetteer", "store", "bench", "serve")


def _register_all() -> None:
    for name in COMMAND_MODULES:
        modname = f"{__name__}.{name}"
        try:
            module = importlib.import_module(modname)
        except ModuleNotFoundError as exc:
            if exc.name == modname:
                continue
            raise
        module.register(app)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        print(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True,
                                 callback=_version),
) -> None:
    """News articles to structured, source-attributed event data."""


_register_all()


def main(argv: list[str] | None = None) -> int:
    """Entry point: every error becomes one line on stderr and a non-zero exit code."""
    try:
        app(args=argv, standalone_mode=False)
        return 0
    except EventwireError as exc:
        print(render(exc), file=sys.stderr)
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.exceptions.Abort:
        print("error: aborted", file=sys.stderr)
        return 130
    except _CLICK_ERRORS as exc:
        exc.show()
        return int(exc.exit_code)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the one place an unexpected failure is rendered
        if os.environ.get("EVENTWIRE_DEBUG"):
            traceback.print_exc()
        print(render(exc) + " (set EVENTWIRE_DEBUG=1 for details)", file=sys.stderr)
        return 70


def run() -> None:
    sys.exit(main())
