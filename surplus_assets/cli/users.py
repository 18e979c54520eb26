"""`users add | list | passwd | unlock`: local accounts from the command line.

On a fresh database (no accounts yet) `users add NAME --role admin ...` creates the first
administrator as the bootstrap system actor; after that, an administrator signs in to add
accounts. New passwords come from --new-password-file (first line) or are typed twice.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from surplus_assets.cli.common import (
    EXIT_OK,
    add_json_flag,
    open_for,
    print_json,
    print_table,
    sign_in_credentials,
)
from surplus_assets.domain.deadlines import VIETNAM_TZ
from surplus_assets.domain.permissions import role_label
from surplus_assets.errors import AuthenticationError, FieldProblem, ValidationError
from surplus_assets.i18n import _
from surplus_assets.services.users import ACCOUNT_ROLES


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("users", help=_("user accounts"))
    commands = parser.add_subparsers(dest="users_command", metavar="COMMAND", required=True)

    add = commands.add_parser("add", help=_("create an account (the first must be an admin)"))
    add.add_argument("username")
    add.add_argument("--full-name", required=True, help=_("the person's full name"))
    add.add_argument("--role", required=True, choices=[r.value for r in ACCOUNT_ROLES])
    add.add_argument("--title", help=_("job title, for signature blocks"))
    _new_password_option(add)
    add.set_defaults(handler=run_add)

    listing = commands.add_parser("list", help=_("list accounts"))
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    passwd = commands.add_parser(
        "passwd", help=_("change your password, or (administrator) set someone else's")
    )
    passwd.add_argument("username", nargs="?", help=_("another user (administrators only)"))
    _new_password_option(passwd)
    passwd.set_defaults(handler=run_passwd)

    unlock = commands.add_parser("unlock", help=_("lift the lock after failed sign-ins"))
    unlock.add_argument("username")
    unlock.set_defaults(handler=run_unlock)


def _new_password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-password-file",
        metavar="FILE",
        help=_("read the new password from the first line of this file (else type it twice)"),
    )


def new_password(args: argparse.Namespace) -> str:
    if args.new_password_file:
        try:
            with open(args.new_password_file, encoding="utf-8") as handle:
                return handle.readline().rstrip("\r\n")
        except OSError as error:
            raise AuthenticationError(
                _("Cannot read the password file {path}: {reason}").format(
                    path=args.new_password_file, reason=error.strerror
                )
            ) from error
    if not sys.stdin.isatty():
        raise AuthenticationError(
            _(
                "No new password given: use --new-password-file FILE or run the command in a "
                "terminal."
            )
        )
    first = getpass.getpass(_("New password: "))
    if getpass.getpass(_("New password again: ")) != first:
        raise ValidationError([FieldProblem("password", _("The two passwords differ."))])
    return first


def run_add(args: argparse.Namespace) -> int:
    password = new_password(args)
    services = open_for(args)
    try:
        user = services.users.create(
            username=args.username,
            full_name=args.full_name,
            role=args.role,
            password=password,
            title=args.title,
        )
        print(
            _("Account {name} created ({role}).").format(
                name=user.username, role=role_label(user.role)
            )
        )
        return EXIT_OK
    finally:
        services.close()


def run_list(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        users = services.users.list_users()
        if args.json:
            print_json([u.as_json() for u in users])
            return EXIT_OK
        print_table(
            [_("User name"), _("Full name"), _("Role"), _("Active"), _("Locked until")],
            [
                (
                    u.username,
                    u.full_name,
                    role_label(u.role),
                    _("yes") if u.active else _("no"),
                    f"{u.locked_until.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M}"
                    if u.locked_until
                    else "",
                )
                for u in users
            ],
        )
        return EXIT_OK
    finally:
        services.close()


def run_passwd(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        own = args.username is None or (
            services.actor.user_id is not None and args.username.casefold() == services.actor.name
        )
        if own:
            _name, current = sign_in_credentials(args)
            password = new_password(args)
            services.users.change_password(current, password)
            print(_("Your password has been changed."))
        else:
            password = new_password(args)
            services.users.reset_password(args.username, password)
            print(_("Password of {name} set.").format(name=args.username))
        return EXIT_OK
    finally:
        services.close()


def run_unlock(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        services.users.unlock(args.username)
        print(_("Account {name} unlocked.").format(name=args.username))
        return EXIT_OK
    finally:
        services.close()
