"""`demo --assets N --seed S`: load realistic synthetic data for one province."""

from __future__ import annotations

import argparse
import sys
import time

from surplus_assets.cli.common import EXIT_OK, EXIT_REFUSED, open_for
from surplus_assets.i18n import _
from surplus_assets.services.demo import DEFAULT_PROVINCE, load_demo


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo", help=_("load demo data for one province"))
    parser.add_argument("--assets", type=int, default=1000, metavar="N")
    parser.add_argument("--seed", type=int, default=1, metavar="S")
    parser.add_argument("--province", default=DEFAULT_PROVINCE,
                        help=_("province (current): id, code or name"))  # fmt: skip
    parser.add_argument(
        "--if-empty",
        action="store_true",
        help=_("only on a new database (no assets and no user accounts yet); otherwise do nothing"),
    )
    parser.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    if args.assets < 1:
        print(_("Error: --assets must be at least 1."), file=sys.stderr)
        return EXIT_REFUSED
    if args.if_empty:
        probe = open_for(args, sign_in=False)
        try:
            if probe.users.has_accounts() or probe.catalogue.count_assets():
                print(_("The database is already in use: no demo data loaded."))
                return EXIT_OK
        finally:
            probe.close()
    services = open_for(args)
    try:
        province = services.units.get(args.province)
        if province is None:
            found = services.units.find(args.province, current=True, levels=("province",),
                                        limit=2)  # fmt: skip
            if len(found) != 1:
                print(_("Error: unknown province \"{name}\".").format(name=args.province),
                      file=sys.stderr)  # fmt: skip
                return EXIT_REFUSED
            province = found[0]
        started = time.perf_counter()
        count = load_demo(services.context, services.units, count=args.assets, seed=args.seed,
                          province_id=province.id)  # fmt: skip
        print(
            _("Loaded {count} demo assets for {province} in {seconds:.1f} s.").format(
                count=count, province=province.name, seconds=time.perf_counter() - started
            )
        )
        return EXIT_OK
    finally:
        services.close()
