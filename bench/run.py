"""Run the benchmarks and print one table: operation, median, baseline, ratio, target.

    python bench/run.py                 # province scale (200,000 assets; built once)
    python bench/run.py --quick         # 20,000-asset demo load instead of 200,000
    python bench/run.py --publish       # also append this run to bench/history.jsonl

The databases are cached in bench/out/ (delete it to rebuild). Results of the last run are
written to bench/out/latest.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import bench_foundation  # noqa: E402
from bench.dataset import OUT  # noqa: E402
from bench.harness import Result, markdown_table, print_table  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--publish", action="store_true")
    args = parser.parse_args()
    results: list[Result] = []
    print("building the province database if needed (bench/out/) ...", flush=True)
    results.append(bench_foundation.bench_open("province"))
    results += bench_foundation.bench_search("province")
    results.append(bench_foundation.bench_demo_load(20_000 if args.quick else 200_000))
    print_table(results)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()  # fmt: skip
    record = {
        "time": datetime.now(UTC).isoformat(timespec="seconds"), "commit": commit,
        "machine": f"{platform.machine()} {platform.python_version()}",
        "results": [r.as_json() for r in results],
    }  # fmt: skip
    OUT.mkdir(exist_ok=True)
    (OUT / "latest.json").write_text(json.dumps(record, ensure_ascii=False, indent=2))
    if args.publish:
        with (ROOT / "bench" / "history.jsonl").open("a", encoding="utf-8") as history:
            history.write(json.dumps(record, ensure_ascii=False) + "\n")
        (ROOT / "docs" / "benchmarks.md").write_text(
            "# Benchmarks\n\n"
            f"Latest published run: {record['time']}, commit {commit}, {record['machine']}, "
            "on the shared 2-core development machine. Rerun with `python bench/run.py` "
            "(`--publish` rewrites this page and appends to bench/history.jsonl).\n\n"
            + markdown_table(results), encoding="utf-8")  # fmt: skip
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
