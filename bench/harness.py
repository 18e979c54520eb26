"""Timing, results and the printed table shared by every benchmark.

Each benchmark yields Results: an operation, its median over several runs, and where the
issue names one, a baseline measured in the same run (so a noisy, shared 2-core machine
compares like with like), the ratio to it, and the target. `bench/run.py` prints the table
and appends the run to bench/history.jsonl.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Result:
    operation: str
    median_s: float
    runs: int
    baseline_s: float | None = None
    baseline: str = ""
    target: str = ""
    passed: bool | None = None
    note: str = ""
    unit: str = "s"  # "MB": a memory figure, in median_s

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Result:
        fields = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**fields)

    @property
    def ratio(self) -> float | None:
        if self.baseline_s:
            return self.median_s / self.baseline_s
        return None

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


def measure(function: Callable[[], object], runs: int = 5, warmup: int = 1) -> float:
    """Median wall time of `function` in seconds."""
    for _ in range(warmup):
        function()
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def within_ratio(operation: str, median: float, baseline: float, limit: float, runs: int,
                 baseline_name: str) -> Result:  # fmt: skip
    return Result(operation, median, runs, baseline, baseline_name, f"≤ {limit:g}× baseline",
                  median <= baseline * limit)  # fmt: skip


def under(operation: str, median: float, limit_s: float, runs: int, note: str = "") -> Result:
    return Result(operation, median, runs, target=f"< {_fmt(limit_s)}",
                  passed=median < limit_s, note=note)  # fmt: skip


def under_scaled(operation: str, median: float, limit_s: float, runs: int, *, baseline_s: float,
                 baseline: str, reference_s: float, note: str = "") -> Result:  # fmt: skip
    """`median` under `limit_s`, the issue's figure for a quiet machine on which `baseline`
    took `reference_s`. When the baseline, measured in this run, is slower (a shared or
    slower machine), the limit grows in proportion; it never shrinks."""
    scale = max(1.0, baseline_s / reference_s)
    limit = limit_s * scale
    target = f"< {_fmt(limit_s)}" + (f" (×{scale:.1f} → {_fmt(limit)})" if scale > 1 else "")
    if scale > 1:  # say whether the figure also meets the quiet machine's own target
        met = "met" if median < limit_s else "missed"
        note = "; ".join(x for x in (note, f"unscaled target {_fmt(limit_s)} {met}") if x)
    return Result(operation, median, runs, baseline_s, baseline, target, median < limit, note)


def at_most(operation: str, value_mb: float, limit_mb: float, note: str = "") -> Result:
    """A memory figure (MB) against its limit; shown in the median column as MB."""
    return Result(operation, value_mb, 1, target=f"< {limit_mb:g} MB", passed=value_mb < limit_mb,
                  note=note, unit="MB")  # fmt: skip


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux/macOS)."""
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return ""
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


HEADERS = ("operation", "median", "baseline", "ratio", "target", "result")


def _value(result: Result) -> str:
    return f"{result.median_s:.0f} MB" if result.unit == "MB" else _fmt(result.median_s)


def table_rows(results: list[Result]) -> list[tuple[str, ...]]:
    return [
        (r.operation, _value(r), f"{_fmt(r.baseline_s)} {r.baseline}".strip(),
         f"{r.ratio:.2f}×" if r.ratio else "", r.target,
         {True: "PASS", False: "FAIL", None: "info"}[r.passed])
        for r in results
    ]  # fmt: skip


def print_table(results: list[Result]) -> None:
    headers, rows = HEADERS, table_rows(results)
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows, strict=True)]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*headers))
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row))
    for r in results:
        if r.note:
            print(f"  {r.operation}: {r.note}")


def markdown_table(results: list[Result]) -> str:
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines += ["| " + " | ".join(row) + " |" for row in table_rows(results)]
    notes = [f"- {r.operation}: {r.note}" for r in results if r.note]
    return "\n".join(lines + (["", *notes] if notes else [])) + "\n"
