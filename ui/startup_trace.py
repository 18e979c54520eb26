"""Where a cold start's time goes: `mark("step")` notes the time since the process started,
the CPU time of every thread so far and the thread, when SURPLUS_ASSETS_STARTUP_TRACE is set.

The start-up probe (ui/startup_probe.py) prints the marks after its own line, and
`python bench/bench_gui_start.py --trace` shows them for one start. No Qt here: marks are
taken before PySide6 is imported, and from worker threads.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

TRACE_ENV = "SURPLUS_ASSETS_STARTUP_TRACE"
_FALLBACK_START = time.monotonic()  # imported by ui.app, early in the process
_marks: list[tuple[float, float, str, str]] = []  # (age s, CPU s, thread, step)
_started: float | None = None  # perf_counter() at the start of the process


def process_age_s() -> float:
    """Seconds since this process started (from /proc on Linux, elsewhere since the import
    of this module, which misses the interpreter's own start)."""
    try:
        stat = Path("/proc/self/stat").read_text()
        ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22: start time after boot
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _FALLBACK_START


def enabled() -> bool:
    return bool(os.environ.get(TRACE_ENV))


def mark(step: str) -> None:
    """Note that `step` is done (a no-op unless SURPLUS_ASSETS_STARTUP_TRACE is set)."""
    if not enabled():
        return
    global _started
    if _started is None:  # /proc counts in clock ticks (10 ms): finer steps from perf_counter
        _started = time.perf_counter() - process_age_s()
    _marks.append((time.perf_counter() - _started, time.process_time(),
                   threading.current_thread().name, step))  # fmt: skip


def lines() -> list[str]:
    """The marks so far, one "startup-trace:" line each."""
    return [f"startup-trace: {age:.3f} s cpu {cpu:.3f} [{thread}] {step}"
            for age, cpu, thread, step in _marks]  # fmt: skip
