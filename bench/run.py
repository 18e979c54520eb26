"""Run the benchmarks and print one table: operation, median, baseline, ratio, target.

    python bench/run.py                    # every benchmark at province scale (200,000 assets)
    python bench/run.py --only search      # a subset (repeat or comma-separate names)
    python bench/run.py --national         # also at 2,000,000 assets (built once, resumable)
    python bench/run.py --quick            # smaller bulk loads (20,000), fewer runs
    python bench/run.py --publish          # also append to bench/history.jsonl, rewrite
                                           # docs/benchmarks.md
    python bench/run.py --publish-latest   # publish the last run, after looking at it
    python bench/run.py --only gui-start --publish   # rows measured again replace theirs in
                                           # the last published table; the rest are kept
    python bench/run.py --scaling [--national]  # time and memory at 10,000 / 200,000
                                           # (/ 2,000,000): docs/benchmarks-scaling.md
    python bench/run.py --scaling --national --only search,scroll   # only those, at 2M

Benchmarks (--only names): foundation (open, search, demo load), search (search only),
reports, excel, exchange, gui-start, gui-search. Each module also runs alone
(python bench/bench_<name>.py --help).

The databases are cached in bench/out/ (delete a file to rebuild it; an interrupted build
resumes). The machine's load (os.getloadavg) is recorded with every run: on a shared machine
compare ratios to the same-run baselines, not absolute times. Results of the last run are in
bench/out/latest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import (  # noqa: E402
    bench_excel,
    bench_exchange,
    bench_foundation,
    bench_gui_search,
    bench_gui_start,
    bench_reports,
)
from bench.dataset import OUT, SCALES, bench_home, build  # noqa: E402
from bench.harness import Result, markdown_table, print_table  # noqa: E402

Suite = Callable[[str, bool], list[Result]]
EXCEL_SIZES = {False: (100_000, 200_000), True: (20_000, 20_000)}  # import rows, export rows
SUITES: dict[str, Suite] = {
    "foundation": lambda scale, quick: bench_foundation.run(scale, quick=quick),
    "search": lambda scale, quick: bench_foundation.bench_search(scale),
    "reports": lambda scale, quick: bench_reports.run(5000, 1 if quick else 3),
    "excel": lambda scale, quick: bench_excel.run(*EXCEL_SIZES[quick]),
    "exchange": lambda scale, quick: bench_exchange.run(10_000 if quick else 50_000),
    "gui-start": lambda scale, quick: bench_gui_start.bench_gui_start(3 if quick else 5, scale),
    "gui-search": lambda scale, quick: bench_gui_search.run(3 if quick else 7, scale),
}
DEFAULT = ("foundation", "reports", "excel", "exchange", "gui-start", "gui-search")
AT_EACH_SCALE = {"foundation", "search", "gui-start", "gui-search"}  # the others: fixed sizes


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} CPUs"


def selected(only: list[str]) -> list[str]:
    names = [n.strip() for item in only for n in item.split(",") if n.strip()] or list(DEFAULT)
    unknown = [n for n in names if n not in SUITES]
    if unknown:
        raise SystemExit(f"unknown benchmark {', '.join(unknown)}; choose from "
                         f"{', '.join(SUITES)}")  # fmt: skip
    return names


SUITE_RESULTS = "suite-results: "  # how a suite's process hands its results back


def run_table(names: list[str], scales: list[str], quick: bool) -> list[Result]:
    """Each suite in a process of its own: one suite's heap (the Excel import's 600 MB) does
    not slow the next (the exchange export measured 20 % slower after it in one process)."""
    results: list[Result] = []
    for name in names:
        for scale in scales if name in AT_EACH_SCALE else scales[:1]:
            print(f"running {name} ({scale}) ...", flush=True)
            started = time.perf_counter()
            command = [sys.executable, str(Path(__file__)), "--suite", name, "--scale", scale,
                       *(["--quick"] if quick else [])]  # fmt: skip
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
            lines = [line for line in done.stdout.splitlines() if line.startswith(SUITE_RESULTS)]
            if done.returncode == 0 and lines:
                rows = json.loads(lines[-1][len(SUITE_RESULTS):])
                results += [Result.from_json(row) for row in rows]
            else:
                note = f"failed ({done.returncode}): {(done.stderr or done.stdout)[-300:]}"
                results.append(Result(f"{name} ({scale})", 0.0, 0, passed=False, note=note))
            print(f"  {name} ({scale}) took {time.perf_counter() - started:.0f} s", flush=True)
    return results


def run_suite(name: str, scale: str, quick: bool) -> int:
    """One suite in this process (run_table's child): its results as one JSON line."""
    bench_home()
    results = SUITES[name](scale, quick)
    print(SUITE_RESULTS + json.dumps([r.as_json() for r in results], ensure_ascii=False))
    return 0


HISTORY = ROOT / "bench" / "history.jsonl"


def merged_into_last_published(record: dict[str, Any]) -> dict[str, Any]:
    """A partial run (--only) replaces its own rows of the last published table; the other
    rows stay, marked as coming from that run."""
    published = HISTORY.read_text(encoding="utf-8").splitlines() if HISTORY.exists() else []
    if not published:
        return record
    last = json.loads(published[-1])
    fresh = {r["operation"]: r for r in record["results"]}
    rows = [fresh.pop(r["operation"], r) for r in last["results"]] + list(fresh.values())
    return {**record, "results": rows,
            "other_rows_from": f"{last['time']} (commit {last['commit']})"}  # fmt: skip


def publish(record: dict[str, Any], results: list[Result]) -> None:
    with HISTORY.open("a", encoding="utf-8") as history:
        history.write(json.dumps(record, ensure_ascii=False) + "\n")
    partial = (f" Rows not measured in this run are from the run of {record['other_rows_from']}."
               if "other_rows_from" in record else "")  # fmt: skip
    (ROOT / "docs" / "benchmarks.md").write_text(
        "# Benchmarks\n\n"
        f"Latest published run: {record['time']}, commit {record['commit']}, "
        f"{record['machine']}; {record['load_before']} before the run, "
        f"{record['load_after']} after.{partial} Rerun with `python bench/run.py` (see README: "
        "`--only`, `--national`, `--quick`, `--scaling`); `--publish` rewrites this page and "
        "appends the run to bench/history.jsonl, one JSON line per published run.\n\n"
        "Absolute times depend on the machine and its load: each benchmark also measures a "
        "baseline in the same run, and targets stated for the quiet reference machine grow "
        "in proportion when that baseline runs slower (shown as ×k in the target column). "
        "How times and memory grow from 10,000 to 2,000,000 assets: "
        "[benchmarks-scaling.md](benchmarks-scaling.md).\n\n"
        + markdown_table(results), encoding="utf-8")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add = parser.add_argument
    add("--quick", action="store_true", help="smaller bulk loads, fewer runs")
    add("--publish", action="store_true",
        help="append to bench/history.jsonl and rewrite docs/benchmarks.md")  # fmt: skip
    add("--national", action="store_true", help="also at 2,000,000 assets (built once)")
    add("--only", action="append", default=[], metavar="NAME",
        help=f"run only these ({', '.join(SUITES)})")  # fmt: skip
    add("--scaling", action="store_true",
        help="time and memory per register size: docs/benchmarks-scaling.md")  # fmt: skip
    add("--publish-latest", action="store_true",
        help="publish the last run (bench/out/latest.json) without running again")  # fmt: skip
    add("--suite", help=argparse.SUPPRESS)  # run_table's child process: one suite
    add("--scale", default="province", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.suite:
        return run_suite(args.suite, args.scale, args.quick)
    if args.publish_latest:
        record = json.loads((OUT / "latest.json").read_text(encoding="utf-8"))
        publish(record, [Result.from_json(r) for r in record["results"]])
        return 0
    bench_home()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()  # fmt: skip
    machine = f"{platform.machine()} {platform.python_version()}, {os.cpu_count()} CPUs"
    scales = ["province", "national"] if args.national else ["province"]
    for scale in scales:
        print(f"database: {build(scale)} ({SCALES[scale]:,} assets)", flush=True)
    load_before = load()
    print(load_before, flush=True)

    if args.scaling:
        from bench.scaling import OPERATIONS, run_scaling

        sizes = ["small", *scales]
        header = (f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit}, {machine}; "
                  f"{load_before} at the start.")  # fmt: skip

        only = [n.strip() for item in args.only for n in item.split(",") if n.strip()]
        if unknown := [n for n in only if n not in OPERATIONS]:
            raise SystemExit(f"unknown scaling operation {', '.join(unknown)}; choose from "
                             f"{', '.join(OPERATIONS)}")  # fmt: skip
        if args.national and only:
            sizes = ["national"]  # add the 2,000,000 column to the earlier table
        run_scaling(sizes, ROOT / "docs" / "benchmarks-scaling.md", header, only or None)
        print(f"wrote docs/benchmarks-scaling.md ({load()} at the end)")
        return 0

    results = run_table(selected(args.only), scales, args.quick)
    print()
    print_table(results)
    record = {
        "time": datetime.now(UTC).isoformat(timespec="seconds"), "commit": commit,
        "machine": machine, "load_before": load_before, "load_after": load(),
        "quick": args.quick, "results": [r.as_json() for r in results],
    }  # fmt: skip
    print(f"\n{record['load_after']} at the end")
    OUT.mkdir(exist_ok=True)
    (OUT / "latest.json").write_text(json.dumps(record, ensure_ascii=False, indent=2))
    if args.publish:
        if args.only:
            record = merged_into_last_published(record)
        publish(record, [Result.from_json(r) for r in record["results"]])
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
