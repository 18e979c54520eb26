"""Exchange packages at scale: export and import of 50,000 changed assets.

    python bench/bench_exchange.py [--assets 50000]

Export is compared with a bare select of the same rows (assets and buildings) dumped to JSON;
import with a bare json.load of those rows and a Core executemany into an empty database.
Target: each within 3x its baseline (issue: offline exchange).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from bench.dataset import bench_home  # noqa: E402
from bench.harness import Result, within_ratio  # noqa: E402
from surplus_assets.db.models import Asset, Building, table_of  # noqa: E402
from surplus_assets.exchange.records import Shape  # noqa: E402
from surplus_assets.services import open_services  # noqa: E402
from surplus_assets.services.audit import json_ready  # noqa: E402
from surplus_assets.services.demo import load_demo  # noqa: E402


def _timed(function: object) -> float:
    started = time.perf_counter()
    function()  # type: ignore[operator]
    return time.perf_counter() - started


def run(count: int) -> list[Result]:
    bench_home()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        template = work / "template.sqlite3"
        open_services(f"sqlite:///{template}").close()

        def fresh(name: str) -> str:
            shutil.copyfile(template, work / name)
            return f"sqlite:///{work / name}"

        source = open_services(fresh("source.sqlite3"), origin_id="bench-source")
        load_demo(source.context, source.units, count=count, seed=2025)
        dump = work / "bare.json"

        def bare_export() -> None:
            with source.db.read() as session:
                assets = [json_ready(dict(r)) for r in session.execute(
                    select(table_of(Asset))).mappings()]  # fmt: skip
                buildings = [json_ready(dict(r)) for r in session.execute(
                    select(table_of(Building))).mappings()]  # fmt: skip
            dump.write_text(json.dumps({"assets": assets, "buildings": buildings},
                                       ensure_ascii=False))  # fmt: skip

        export_base = _timed(bare_export)
        package = work / "all.zip"
        export_time = _timed(lambda: source.exchange.export(package))
        source.close()

        bare = open_services(fresh("bare.sqlite3"))

        asset_shape, building_shape = Shape.of(table_of(Asset)), Shape.of(table_of(Building))

        def bare_import() -> None:
            # Typed rows are needed by any import: decoding is part of the baseline too.
            data = json.loads(dump.read_text())
            assets = [asset_shape.decode(r, "a") for r in data["assets"]]
            buildings = [building_shape.decode(r, "b") for r in data["buildings"]]
            with bare.db.write() as session:
                session.execute(insert(table_of(Asset)), assets)
                session.execute(insert(table_of(Building)), buildings)

        import_base = _timed(bare_import)
        bare.close()
        target = open_services(fresh("target.sqlite3"), origin_id="bench-target")
        import_time = _timed(lambda: target.exchange.import_package(package))
        assert target.catalogue.count_assets() == count
        assert target.audit.verify().ok
        target.close()
    return [
        within_ratio(f"exchange export {count:,} assets", export_time, export_base, 3.0, 1,
                     "select + JSON dump"),
        within_ratio(f"exchange import {count:,} assets", import_time, import_base, 3.0, 1,
                     "JSON load + executemany"),
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--assets", type=int, default=50_000)
    args = parser.parse_args()
    results = run(args.assets)
    for result in results:
        ratio = f"{result.ratio:.2f}x" if result.ratio else "-"
        print(
            f"{result.operation:<34} {result.median_s:7.2f} s  baseline {result.baseline_s:6.2f}"
            f" s ({result.baseline})  ratio {ratio}  target {result.target}  "
            f"{'PASS' if result.passed else 'FAIL'}"
        )
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
