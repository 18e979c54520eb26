"""What every command shares: opening the services, printing tables or JSON, exit codes.

Exit codes: 0 done; 1 refused (invalid input, not found, permission, integrity problem);
2 wrong usage (argparse). Errors go to stderr as one readable message per problem.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from surplus_assets.errors import ServiceError, ValidationError
from surplus_assets.i18n import _
from surplus_assets.services import Services, open_services
from surplus_assets.services.audit import json_ready

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))


def open_for(args: argparse.Namespace) -> Services:
    return open_services(args.db)


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
