"""Benchmark: spreadsheet import and export at province scale.

    python bench/bench_excel.py [--rows 100000] [--export-rows 200000] [--keep DIR]

1. Builds a database with `rows` demo assets and exports it (the import file: one sheet per
   kind, Vietnamese headers, unit names and codes, a totals row).
2. Baseline, same run: read that file with python-calamine (the fastest reader available)
   plus a bare executemany of the rows, as they were read, into a table of as many columns.
3. Import into an empty database: open + validate every row (the dry run) + commit.
   Target: at most 2x the baseline.
4. Export of `export_rows` assets to .xlsx. Target: under 60 s.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _timed(label: str, results: list[tuple[str, float]], function, *args, **kwargs):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    value = function(*args, **kwargs)
    results.append((label, time.perf_counter() - started))
    return value


def baseline(path: Path, scratch: Path) -> tuple[float, float, int]:
    import python_calamine

    started = time.perf_counter()
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    sheets = [book.get_sheet_by_name(n).to_python() for n in book.sheet_names]
    read = time.perf_counter() - started
    started = time.perf_counter()
    connection = sqlite3.connect(scratch)
    count = 0
    for index, rows in enumerate(sheets):
        width = max(len(r) for r in rows)
        columns = ", ".join(f"c{i}" for i in range(width))
        connection.execute(f"CREATE TABLE t{index} ({columns})")
        marks = ", ".join("?" * width)
        data = [list(r) + [None] * (width - len(r)) for r in rows[1:]]
        connection.executemany(f"INSERT INTO t{index} VALUES ({marks})", data)
        count += len(data)
    connection.commit()
    connection.close()
    return read, time.perf_counter() - started, count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--export-rows", type=int, default=200_000)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-excel-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ["SURPLUS_ASSETS_HOME"] = str(work)

    from surplus_assets.exchange.spreadsheet_import import SpreadsheetImport
    from surplus_assets.exchange.xlsx_export import export_assets
    from surplus_assets.services import open_services
    from surplus_assets.services.catalogue import AssetQuery
    from surplus_assets.services.demo import load_demo

    results: list[tuple[str, float]] = []
    source = open_services(f"sqlite:///{work / 'source.sqlite3'}")
    load_demo(source.context, source.units, count=args.rows, seed=7)
    sheet = work / "import.xlsx"
    _timed(f"export {args.rows:,} assets (builds the import file)", results, export_assets,
           source, AssetQuery(), sheet)  # fmt: skip
    source.close()

    read, write, count = baseline(sheet, work / "scratch.sqlite3")
    results += [("baseline: calamine read", read), ("baseline: bare executemany", write)]

    target = open_services(f"sqlite:///{work / 'target.sqlite3'}")
    _units = target.units.units  # reference data cached as in a running application
    job = SpreadsheetImport(target, sheet)
    started = time.perf_counter()
    job.open()
    opened = time.perf_counter() - started
    report = job.validate()
    validated = time.perf_counter() - started - opened
    # The demo generator gives ~4 % of land records land-use parts above the land area (a
    # demo bug the import rightly refuses): import the valid rows and report the rest.
    summary = job.commit(report, skip_invalid=True)
    total = time.perf_counter() - started
    results += [("import: open + check + read + headers", opened),
                ("import: validate every row (dry run)", validated - 0),
                ("import: commit (one transaction)", total - opened - validated)]  # fmt: skip
    sheets = len(job.sheets)
    assert summary.added + summary.rejected == count - sheets, (summary, count)  # totals rows
    target.close()

    big = open_services(f"sqlite:///{work / 'big.sqlite3'}")
    if args.export_rows:
        load_demo(big.context, big.units, count=args.export_rows, seed=11)
        _timed(f"export {args.export_rows:,} assets", results, export_assets, big, AssetQuery(),
               work / "big.xlsx")  # fmt: skip
    big.close()

    width = max(len(label) for label, _ in results)
    print(f"{'step':<{width}}  seconds")
    for label, seconds in results:
        print(f"{label:<{width}}  {seconds:8.2f}")
    base = read + write
    print(f"\nrows read: {count - sheets:,}; added {summary.added:,}, refused {summary.rejected:,}")
    print(f"import total {total:.2f} s vs baseline {base:.2f} s: ratio {total / base:.2f} "
          f"(target <= 2.00)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
