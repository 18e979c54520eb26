"""Foundation benchmarks: demo data load, search, and opening the database."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from sqlalchemy import insert

from bench.dataset import bench_home, build
from bench.harness import Result, measure, under, within_ratio
from surplus_assets.db.models import Asset, Building, table_of
from surplus_assets.services import open_services
from surplus_assets.services.catalogue import AssetQuery
from surplus_assets.services.demo import DEFAULT_PROVINCE, DemoGenerator, load_demo, plan_for

SEARCHES = (
    ("may tinh", "common words, many hits"),
    ("tru so uy ban xa", "several words"),
    ("OTO-DEMO-0001", "a code"),
    ("khong co tai san nao nhu vay", "finds nothing"),
)


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


def bench_search(scale: str) -> list[Result]:
    services = open_services(f"sqlite:///{build(scale)}")
    total = services.catalogue.count_assets()
    results = []
    try:
        for text, what in SEARCHES:
            query = AssetQuery(text=text, sort="name")
            median = measure(lambda q=query: services.catalogue.list_rows(q, limit=100),
                             runs=15)  # fmt: skip
            results.append(under(f"search \"{text}\" ({what}), first 100 of {total:,}",
                                 median, 0.100, 15))  # fmt: skip
    finally:
        services.close()
    return results


def bench_open(scale: str) -> Result:
    url = f"sqlite:///{build(scale)}"
    open_services(url).close()
    median = measure(lambda: open_services(url).close(), runs=10)
    return under("open an up-to-date database (migration check)", median, 0.300, 10)
