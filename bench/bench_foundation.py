"""Foundation benchmarks: demo data load, search, and opening the database.

    python bench/bench_foundation.py [--national] [--quick]

Search (diacritic-insensitive, sorted by name, first page of 100): under 50 ms median at
200,000 assets, under 300 ms at 2,000,000, each query including one that finds nothing.
Baseline in the same run: a LIKE scan of the folded column finding nothing (35 ms on the
quiet reference machine at 200,000); when it runs slower here, the limits grow in proportion.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from bench.dataset import SCALES, bench_home, build
from bench.harness import Result, measure, print_table, under, under_scaled, within_ratio
from surplus_assets.db.models import Asset, Building, table_of
from surplus_assets.services import open_services
from surplus_assets.services.catalogue import AssetQuery
from surplus_assets.services.demo import DEFAULT_PROVINCE, DemoGenerator, load_demo, plan_for

SEARCHES = (
    ("may tinh", "common words, many hits"),
    ("tru so uy ban xa", "several words"),
    ("OTO-DEMO-0001", "a code"),
    ("xe", "a two-letter word, hits sorting last"),
    ("khong co tai san nao nhu vay", "finds nothing"),
)
# A click on a column header: the list's first page in another order than by name.
SORTS = (("code", False), ("status", False), ("current_unit", False), ("cost", True))


def bench_demo_load(count: int) -> Result:
    """`demo` of `count` assets vs a bare Core executemany of the same pre-built rows."""
    bench_home()
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template.sqlite3"
        open_services(f"sqlite:///{template}").close()

        def fresh(name: str) -> str:
            target = Path(tmp) / name
            shutil.copyfile(template, target)
            return f"sqlite:///{target}"

        services = open_services(fresh("baseline.sqlite3"))
        generator = DemoGenerator(services.units, plan_for(services.units, DEFAULT_PROVINCE),
                                  2025, services.context.origin_id)  # fmt: skip
        rows = list(generator.rows(count))
        buildings = generator.buildings

        def bare_insert() -> None:
            with services.db.write() as session:
                session.execute(insert(table_of(Asset)), rows)
                session.execute(insert(table_of(Building)), buildings)

        baseline = measure(bare_insert, runs=1, warmup=0)
        services.close()

        demo_services = open_services(fresh("demo.sqlite3"))
        median = measure(
            lambda: load_demo(demo_services.context, demo_services.units, count=count, seed=2025),
            runs=1,
            warmup=0,
        )
        demo_services.close()
    return within_ratio(f"demo --assets {count:,}", median, baseline, 3.0, 1,
                        "Core executemany")  # fmt: skip


# The limits, and the LIKE scan's time on the quiet reference machine.
SEARCH_LIMIT_S = {"small": 0.050, "province": 0.050, "national": 0.300}
LIKE_SCAN_REFERENCE_S = {"small": 0.035 / 20, "province": 0.035, "national": 0.350}


def like_scan(path: Path) -> float:
    """Median time of a LIKE scan of the folded search column finding nothing."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA cache_size=-65536")  # as the application's connections
    sql = "SELECT id FROM assets WHERE search_text LIKE '%khong co tai san nao nhu vay%'"
    try:
        return measure(lambda: connection.execute(sql).fetchall(), runs=15)
    finally:
        connection.close()


def bench_search(scale: str) -> list[Result]:
    path = build(scale)
    baseline = like_scan(path)
    services = open_services(f"sqlite:///{path}")
    total = services.catalogue.count_assets()
    results = []
    try:
        for text, what in SEARCHES:
            query = AssetQuery(text=text, sort="name")
            median = measure(lambda q=query: services.catalogue.list_rows(q, limit=100),
                             runs=15)  # fmt: skip
            results.append(under_scaled(
                f"search \"{text}\" ({what}), first 100 of {total:,}", median,
                SEARCH_LIMIT_S[scale], 15, baseline_s=baseline, baseline="LIKE scan",
                reference_s=LIKE_SCAN_REFERENCE_S[scale]))  # fmt: skip
        for key, descending in SORTS:
            query = AssetQuery(sort=key, descending=descending)
            median = measure(lambda q=query: services.catalogue.list_rows(q, limit=100), runs=7)
            order = "descending" if descending else "ascending"
            results.append(Result(f"list sorted by {key} ({order}), first 100 of {total:,}",
                                  median, 7, target="(info: no target set)"))  # fmt: skip
    finally:
        services.close()
    return results


def bench_open(scale: str) -> Result:
    url = f"sqlite:///{build(scale)}"
    open_services(url).close()
    median = measure(lambda: open_services(url).close(), runs=10)
    return under("open an up-to-date database (migration check)", median, 0.300, 10)


def run(scale: str = "province", *, quick: bool = False) -> list[Result]:
    """Every foundation benchmark at `scale` (the demo load: 20,000 assets when `quick`)."""
    results = [bench_open(scale), *bench_search(scale)]
    if scale != "national":  # demo --assets 2,000,000 is timed by the database build
        results.append(bench_demo_load(20_000 if quick else SCALES[scale]))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--national", action="store_true")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    results = run("national" if args.national else "province", quick=args.quick)
    print_table(results)
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
