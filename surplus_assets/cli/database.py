"""`init`: create or upgrade the database and load the administrative units."""

from __future__ import annotations

import argparse

from surplus_assets.cli.common import EXIT_OK, open_for
from surplus_assets.i18n import _


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("init", help=_("create or upgrade the database"))
    parser.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        units = services.units
        print(_("Database ready: {label}").format(label=services.database_label))
        print(_("{provinces} provinces, {communes} communes (since 1 July 2025); "
                "{legacy} former communes.").format(
            provinces=units.count("province"), communes=units.count("commune"),
            legacy=units.count("commune", current=False)))  # fmt: skip
        print(_("{count} assets recorded.").format(count=services.catalogue.count_assets()))
    finally:
        services.close()
    return EXIT_OK
