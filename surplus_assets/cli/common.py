"""What every command shares: opening the services, signing in, printing, exit codes.

Exit codes: 0 done; 1 refused (invalid input, not found, permission, integrity problem,
wrong password); 2 wrong usage (argparse). Errors go to stderr, one readable message each.

Signing in. While a database has no user account yet, commands act as the bootstrap system
actor, so that `init`, `demo` and `users add NAME --role admin` work on a fresh database.
Once any account exists, every command that reads or changes the register signs in first
(only `units`, public reference data, stays open): the user name comes from --user or
SURPLUS_ASSETS_USER, the password from --password-file FILE (its first line), else
SURPLUS_ASSETS_PASSWORD, else an interactive prompt. The environment variable is meant for
scripts and CI: any process of the same user can read it, so prefer a password file readable
only by its owner. Wrong passwords count towards the lock (5 in a row lock the account for 5
minutes) and every attempt is audited, whichever interface made it.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from surplus_assets.errors import AuthenticationError, ServiceError, ValidationError
from surplus_assets.i18n import _
from surplus_assets.services import Services, open_services
from surplus_assets.services.audit import json_ready

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))


USER_ENV, PASSWORD_ENV = "SURPLUS_ASSETS_USER", "SURPLUS_ASSETS_PASSWORD"


def add_sign_in_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="NAME",
                        help=_("sign in as this user (default: SURPLUS_ASSETS_USER)"))  # fmt: skip
    parser.add_argument("--password-file", metavar="FILE", help=_(
        "read the password from the first line of this file (else SURPLUS_ASSETS_PASSWORD, "
        "else a prompt)"))  # fmt: skip


def open_for(args: argparse.Namespace, *, sign_in: bool = True) -> Services:
    """The services for a command: signed in as --user once the database has accounts.

    Makes the daily automatic backup first when none was made today (services.backup).
    """
    services = open_services(args.db)
    try:
        services.backup.backup_if_due()
        if not sign_in or not services.users.has_accounts():
            return services  # bootstrap: nobody to sign in as yet
        username, password = sign_in_credentials(args)
        return services.authenticate(username, password)
    except BaseException:
        services.close()
        raise


def sign_in_credentials(args: argparse.Namespace) -> tuple[str, str]:
    username = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not username:
        raise AuthenticationError(_(
            "This database has user accounts: sign in with --user NAME (or set "
            "SURPLUS_ASSETS_USER)."))  # fmt: skip
    return username, read_password(getattr(args, "password_file", None), PASSWORD_ENV,
                                   _("Password for {name}: ").format(name=username))  # fmt: skip


def read_password(path: str | None, env: str | None, prompt: str) -> str:
    """A password from a file's first line, else the environment, else a prompt."""
    if path:
        try:
            with open(path, encoding="utf-8") as handle:
                return handle.readline().rstrip("\r\n")
        except OSError as error:
            message = _("Cannot read the password file {path}: {reason}")
            raise AuthenticationError(message.format(path=path, reason=error.strerror)) from error
    if env and os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise AuthenticationError(
            _("No password given: use --password-file FILE or run the command in a terminal.")
        )
    return getpass.getpass(prompt)


def print_json(value: Any) -> None:
    json.dump(json_ready(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A plain aligned table; widths count characters, so Vietnamese text lines up."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
              .rstrip())  # fmt: skip
        if index == 0:
            print("  ".join("-" * width for width in widths))


def report_error(error: ServiceError) -> int:
    if isinstance(error, ValidationError):
        for problem in error.problems:
            shown = "" if problem.value in (None, "") else f" ({problem.value!s})"
            print(
                _("Error: {field}{value}: {message}").format(
                    field=problem.field, value=shown, message=problem.message
                ),
                file=sys.stderr,
            )
    else:
        print(_("Error: {message}").format(message=error.message), file=sys.stderr)
    return EXIT_REFUSED
