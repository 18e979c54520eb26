"""`surplus-assets-cli`: the headless interface to the same services as the GUI.

Each command group lives in its own module with a `register(subparsers)` function; the
database is chosen by --db URL (or a file path), else SURPLUS_ASSETS_DB, else the SQLite
file in the user data dir. Signing in (--user, --password-file) is described in
cli/common.py: a fresh database without accounts runs as the bootstrap system actor.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SqlDatabaseError

from surplus_assets import __version__
from surplus_assets.cli import (
    assets,
    audit,
    database,
    demo,
    excel,
    exchange,
    maintenance,
    proposals,
    reports,
    units,
    users,
    verify,
)
from surplus_assets.cli.common import EXIT_OK, EXIT_REFUSED, add_sign_in_options, report_error
from surplus_assets.cli.parser import CliParser
from surplus_assets.db.file_check import is_corruption
from surplus_assets.errors import ServiceError
from surplus_assets.i18n import SUPPORTED_LANGUAGES, _, set_language
from surplus_assets.logging_setup import close_logging, setup_logging
from surplus_assets.services.integrity import damaged_database_error

COMMAND_MODULES = (
    database, units, assets, excel, exchange, proposals, reports, verify, users, audit, demo,
    maintenance,
)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = CliParser(
        prog="surplus-assets-cli",
        description=_("Surplus public assets: catalogue, proposals and reports."),
    )
    parser.add_argument("--version", action="version", version=__version__,
                        help=_("show the version and exit"))  # fmt: skip
    parser.add_argument(
        "--db",
        metavar="URL",
        help=_("database URL or SQLite file (default: SURPLUS_ASSETS_DB or the user data folder)"),
    )
    parser.add_argument("--lang", choices=("vi", "en"), help=_("language of messages"))
    parser.add_argument("--verbose", "-v", action="store_true", help=_("log more detail"))
    add_sign_in_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _language_option(argv)
    if language is not None:  # before building the parser, so help text is translated too
        set_language(language)
    args = build_parser().parse_args(argv)
    # The same rotating, secret-free log file as the GUI, plus warnings on stderr.
    setup_logging(verbose=args.verbose, console=True)
    try:
        return int(args.handler(args))
    except ServiceError as error:
        return report_error(error)
    except SqlDatabaseError as error:
        # A damaged page met in the middle of a command: a clear message, not a traceback.
        if not is_corruption(error):
            raise
        return report_error(damaged_database_error(_database_path(args.db), str(error.orig)))
    except KeyboardInterrupt:
        print(_("Interrupted; nothing was saved by the unfinished step."), file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:  # `... | head` stopped reading: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    finally:
        close_logging()


def _language_option(argv: Sequence[str]) -> str | None:
    """The --lang given on the command line ("--lang en" or "--lang=en"), if supported.

    Without it, messages follow SURPLUS_ASSETS_LANG, else Vietnamese (surplus_assets.i18n).
    An unsupported value is left for the full parser to refuse with its usage message."""
    options = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    options.add_argument("--lang")
    try:
        known, _rest = options.parse_known_args(argv)
    except argparse.ArgumentError:  # "--lang" without a value
        return None
    return known.lang if known.lang in SUPPORTED_LANGUAGES else None


def _database_path(db: str | None) -> Path:
    from sqlalchemy.engine import make_url

    from surplus_assets.db.engine import resolve_url

    return Path(make_url(resolve_url(db)).database or "")
