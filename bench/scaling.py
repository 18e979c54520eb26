"""How time and memory grow with the register: 10,000 → 200,000 (→ 2,000,000) assets.

    python bench/run.py --scaling [--national]      # writes docs/benchmarks-scaling.md
    python bench/scaling.py --op search --scale small    # one measurement, as JSON

Every operation runs in its own process on the benchmark database of each size, so its peak
resident memory (ru_maxrss, which includes Python and the imported libraries, ~70 MB) is its
own. Interactive operations (search, scrolling the list, opening the editor) should stay
flat; bulk ones (import, report, exchange, loading every key of the list) grow at most
linearly with what they process, which is sized in proportion to the register:
- import: a sheet of N/20 rows (500 / 10,000 / 100,000) into an empty database;
- report: the inventory of every car (1.5 % of the register);
- exchange: a package of the 5 % most recently changed assets, exported from a copy of the
  database and imported into an empty one.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.dataset import (  # noqa: E402
    OUT,
    SCALES,
    bench_home,
    build,
    build_seconds,
    database_path,
)
from bench.harness import peak_rss_mb  # noqa: E402

OPERATIONS = {
    "start": "cold start to the painted main window",
    "search": "search, first page (slowest of the foundation searches)",
    "first": "asset list: first page of 100 rows (no search)",
    "list": "asset list: the keys of every asset in name order (read in the background)",
    "scroll": "list scroll: a page of 100 rows of the asset model",
    "editor": "open the editor: catalogue.get + history",
    "import": "Excel import of N/20 rows into an empty database",
    "report": "inventory report of every car (1.5 % of N)",
    "exchange": "exchange export + import of the 5 % latest changes",
}
JSON_MARK = "scaling-result: "


def _median_time(action: Callable[[], object], runs: int) -> float:
    action()  # warm-up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _services(scale: str) -> Any:
    from surplus_assets.services import open_services

    return open_services(f"sqlite:///{build(scale)}")


def op_search(scale: str) -> tuple[float, str]:
    from bench.bench_foundation import SEARCHES
    from surplus_assets.services.catalogue import AssetQuery

    services = _services(scale)
    medians = {text: _median_time(lambda t=text: services.catalogue.list_rows(
        AssetQuery(text=t, sort="name"), limit=100), 9) for text, _ in SEARCHES}  # fmt: skip
    services.close()
    slowest = max(medians, key=lambda text: medians[text])
    return medians[slowest], f"slowest: {slowest!r}"


def op_first(scale: str) -> tuple[float, str]:
    from surplus_assets.services.catalogue import AssetQuery

    services = _services(scale)
    seconds = _median_time(lambda: services.catalogue.list_rows(AssetQuery(), limit=100), 9)
    services.close()
    return seconds, ""


def op_list(scale: str) -> tuple[float, str]:
    from surplus_assets.services.catalogue import AssetQuery

    services = _services(scale)
    seconds = _median_time(lambda: services.catalogue.search_keys(AssetQuery()), 3)
    services.close()
    return seconds, ""


def op_scroll(scale: str) -> tuple[float, str]:
    from surplus_assets.services.catalogue import AssetQuery

    services = _services(scale)
    keys = services.catalogue.search_keys(AssetQuery())
    starts = [int(len(keys) * i / 20) for i in range(20)]
    times = []
    for start in starts:  # as the model does: the rows of a page of keys, one query
        started = time.perf_counter()
        services.catalogue.rows_by_key(keys[start : start + 100])
        times.append(time.perf_counter() - started)
    services.close()
    return statistics.median(times), f"{len(starts)} pages spread over the list"


def op_editor(scale: str) -> tuple[float, str]:
    from sqlalchemy import literal_column, select, text

    from surplus_assets.db.models import Asset

    services = _services(scale)
    with services.db.read() as session:  # 20 ids spread over the table, without loading all
        last = session.scalar(text("SELECT max(rowid) FROM assets")) or 0
        spread = [last * i // 20 + 1 for i in range(20)]
        picks = list(session.scalars(select(Asset.id).where(
            literal_column("assets.rowid").in_(spread))))  # fmt: skip
    times = []
    for asset_id in picks:
        started = time.perf_counter()
        services.catalogue.get(asset_id)
        services.catalogue.history(asset_id)
        times.append(time.perf_counter() - started)
    services.close()
    return statistics.median(times), "20 assets spread over the register"


def op_import(scale: str) -> tuple[float, str]:
    from surplus_assets.exchange.spreadsheet_import import SpreadsheetImport
    from surplus_assets.exchange.xlsx_export import export_assets
    from surplus_assets.services import open_services
    from surplus_assets.services.catalogue import AssetQuery
    from surplus_assets.services.demo import load_demo

    rows = SCALES[scale] // 20
    with tempfile.TemporaryDirectory(prefix="bench-scaling-") as tmp:
        work = Path(tmp)
        source = open_services(f"sqlite:///{work / 'source.sqlite3'}")
        load_demo(source.context, source.units, count=rows, seed=7)
        export_assets(source, AssetQuery(), work / "sheet.xlsx")
        source.close()
        target = open_services(f"sqlite:///{work / 'target.sqlite3'}")
        target.units.units  # noqa: B018 (reference data cached as in a running application)
        started = time.perf_counter()
        job = SpreadsheetImport(target, work / "sheet.xlsx")
        job.open()
        summary = job.commit(job.validate(), skip_invalid=True)
        seconds = time.perf_counter() - started
        target.close()
    return seconds, f"{rows:,} rows, {summary.added:,} added"


def op_report(scale: str) -> tuple[float, str]:
    from surplus_assets.services.catalogue import AssetQuery
    from surplus_assets.services.report_requests import InventoryRequest

    services = _services(scale)
    # Warm-up: the report modules and fonts load once per process, not per report.
    services.reports.render(InventoryRequest(query=AssetQuery(text="OTO-DEMO-00001")))
    request = InventoryRequest(query=AssetQuery(kinds=("car",), sort="code"))
    started = time.perf_counter()
    pdf, _data = services.reports.render(request)
    seconds = time.perf_counter() - started
    services.close()
    return seconds, f"{len(pdf) / 1e6:.1f} MB PDF"


def op_exchange(scale: str) -> tuple[float, str]:
    from sqlalchemy import select

    from surplus_assets.db.models import Asset
    from surplus_assets.services import open_services

    changed = SCALES[scale] // 20
    with tempfile.TemporaryDirectory(prefix="bench-scaling-", dir=database_path(scale).parent
                                     ) as tmp:  # fmt: skip
        work = Path(tmp)
        shutil.copyfile(build(scale), work / "source.sqlite3")  # exports record themselves
        source = open_services(f"sqlite:///{work / 'source.sqlite3'}", origin_id="bench-source")
        with source.db.read() as session:
            since = session.scalar(select(Asset.updated_at).order_by(Asset.updated_at.desc())
                                   .offset(changed).limit(1))  # fmt: skip
        started = time.perf_counter()
        result = source.exchange.export(work / "changes.zip", since=since)
        exported = time.perf_counter() - started
        source.close()
        target = open_services(f"sqlite:///{work / 'target.sqlite3'}", origin_id="bench-target")
        started = time.perf_counter()
        target.exchange.import_package(work / "changes.zip")
        imported = time.perf_counter() - started
        target.close()
    assets = result.counts.get("assets", 0) if isinstance(result.counts, dict) else "?"
    return exported + imported, (f"{assets:,} assets; export {exported:.1f} s, import "
                                 f"{imported:.1f} s")  # fmt: skip


def op_start(scale: str) -> tuple[float, float, str]:
    from bench.bench_gui_start import start_once

    database = build(scale)
    start_once(database)  # warm the file cache
    runs = [start_once(database) for _ in range(3)]
    seconds = statistics.median(r[0] for r in runs)
    rss = max(r[1] or 0.0 for r in runs)
    return seconds, rss, f"page {runs[0][2]}, median of 3"


def measure_in_process(op: str, scale: str) -> dict[str, Any]:
    """Run `op` at `scale` in a fresh process; its seconds, peak RSS and a detail."""
    done = subprocess.run([sys.executable, __file__, "--op", op, "--scale", scale],
                          capture_output=True, text=True, cwd=ROOT, timeout=3600)  # fmt: skip
    for line in done.stdout.splitlines():
        if line.startswith(JSON_MARK):
            return dict(json.loads(line[len(JSON_MARK) :]))
    return {"error": (done.stderr or done.stdout).strip().splitlines()[-1:]}


def _cell(entry: dict[str, Any]) -> str:
    if "error" in entry:
        return "failed"
    seconds = entry["seconds"]
    time_text = f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"
    return f"{time_text} / {entry['rss_mb']:.0f} MB"


def _growth(first: dict[str, Any], last: dict[str, Any], factor: float) -> str:
    if "error" in first or "error" in last or not first["seconds"]:
        return ""
    grew = last["seconds"] / first["seconds"]
    return f"×{grew:.1f} (N ×{factor:g})"


def write_report(table: dict[str, dict[str, dict[str, Any]]], scales: list[str], path: Path,
                 header: str) -> None:  # fmt: skip
    lines = ["# Benchmarks: scaling", "", header, "",
             "Each cell: median time / peak resident memory of the process (MB, including "
             "Python and its libraries). Growth: time at the largest size over time at "
             "10,000, next to the growth of the register.", "",
             "| operation | " + " | ".join(f"{SCALES[s]:,} assets" for s in scales)
             + " | growth | detail |",
             "|---|" + "---|" * (len(scales) + 2)]  # fmt: skip
    for op, what in OPERATIONS.items():
        row = table.get(op, {})
        cells = [_cell(row.get(s, {"error": "not run"})) for s in scales]
        growth = _growth(row.get(scales[0], {"error": 1}), row.get(scales[-1], {"error": 1}),
                         SCALES[scales[-1]] / SCALES[scales[0]])  # fmt: skip
        detail = "; ".join(f"{SCALES[s] // 1000:,}k: " + ", ".join(
            x for x in (row[s].get("detail", ""), row[s].get("measured", "")) if x)
            for s in scales if s in row)  # fmt: skip
        lines.append(f"| {what} | " + " | ".join(cells) + f" | {growth} | {detail} |")
    builds = [f"{s}: {b[0]:.0f} s for {b[1]:,} of {b[2]:,} assets"
              for s in SCALES if (b := build_seconds(s))]  # fmt: skip
    if builds:
        lines += ["", "Database build times (demo generator, 50,000-asset transactions, "
                  "bench/out/builds.jsonl): " + "; ".join(builds) + "."]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_scaling(scales: list[str], output: Path, header: str,
                operations: list[str] | None = None) -> dict[str, Any]:  # fmt: skip
    """Measure `operations` (default: all) at `scales` and rewrite `output`. Figures of
    other operations and sizes from earlier runs (bench/out/scaling.json) are kept, so a
    slow size can be measured separately; the table says when each column was measured."""
    saved = OUT / "scaling.json"
    table: dict[str, dict[str, dict[str, Any]]] = (
        json.loads(saved.read_text()) if saved.exists() else {}
    )
    for scale in scales:
        build(scale)
        for op in operations or list(OPERATIONS):
            print(f"  scaling: {op} at {SCALES[scale]:,} ...", flush=True)
            entry = measure_in_process(op, scale)
            entry["measured"] = time.strftime("%Y-%m-%d %H:%M")
            table.setdefault(op, {})[scale] = entry
            saved.write_text(json.dumps(table, indent=1))
            shown = [s for s in SCALES if any(s in row for row in table.values())]
            write_report(table, shown, output, header)  # a partial table survives a stop
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--op", choices=sorted(OPERATIONS), required=True)
    parser.add_argument("--scale", choices=sorted(SCALES), default="province")
    args = parser.parse_args()
    bench_home()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.op == "start":
        seconds, rss, detail = op_start(args.scale)
    else:
        seconds, detail = globals()[f"op_{args.op}"](args.scale)
        rss = peak_rss_mb()
    print(JSON_MARK + json.dumps({"seconds": seconds, "rss_mb": rss, "detail": detail}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
